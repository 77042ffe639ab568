"""One identity per person or organisation across the archive: whether a name an article writes is a speaker the
archive already holds.

A person matches when the surnames agree after folding case and accents, the given names agree (the same, one an
initial of the other, or one a nickname of the other in the `nicknames` list: Joe = Joseph, Bill = William),
the middle names do not conflict ("George W. Bush" != "George H. W. Bush"; "Joseph R. Biden" = "Joseph Biden"),
and suffixes agree when both names carry one (Jr. != Sr.). A candidate must agree with every full name it has
been given, not just one, and with the gender this article states, when the articles state one for it. Organisations match by their normalised name ("The Washington Post" = "Washington
Post"); groups of named people by their exact folded name. When several archive speakers match, none is chosen:
the caller creates a new speaker and records the ambiguity for an editor.

Speakers that name nobody we could recognise again — unnamed descriptions ("a senior official"), pronouns,
a surname or title + surname alone ("Miller", "Mr. Biden"), documents — are never matched across articles: they
are kept to their article (`article_scoped_key`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from nameparser import HumanName
from nicknames import NickNamer
from sqlalchemy import distinct, func, update
from sqlmodel import Session, col, select

from app.db import in_parts
from app.models import Quote, Speaker, SpeakerAlias, SpeakerAmbiguity, SpeakerToken
from app.nlp.contract import ExtractedSpeaker, SpeakerKind
from app.services.upsert import insert_ignoring_duplicates
from app.text import fold, name_tokens

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me"})
ANONYMOUS_PREFIXES = ("a ", "an ", "another ", "one ", "some ", "several ", "two ", "three ")
ARTICLE_SCOPE = " @"  # name_key of a speaker kept to one article: "<folded name> @<article id>"
_COMPANY_FORMS = frozenset({"inc", "ltd", "llc", "corp", "co", "plc", "ag", "sa", "gmbh"})
_SUFFIXES = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii", "iii": "iii", "iv": "iv",
             "v": "v", "2nd": "ii", "3rd": "iii"}
_NICKNAMES = NickNamer()


@dataclass(frozen=True, slots=True)
class PersonName:
    """A full personal name, folded: a given name (or its initial), a surname, middle names, a suffix."""

    given: str
    middles: tuple[str, ...]
    surname: str
    suffix: str


@lru_cache(maxsize=65536)
def _name_parts(name: str) -> tuple[str, str, str, str, str]:
    """nameparser's reading of a name (first, middle, last, suffix, title); parsing is the costly part of storing
    an article's speakers, and the same names come back article after article."""
    parsed = HumanName(name)
    return parsed.first, parsed.middle, parsed.last, parsed.suffix, parsed.title


@lru_cache(maxsize=65536)
def parse_person(name: str) -> PersonName | None:
    """None unless the name has both a given name and a surname: "Mr. Biden" or "Biden" names nobody for sure."""
    first, middle, last, suffix_part, _title = _name_parts(name)
    given = _words(first)
    surname = _words(last)
    if not given or not surname:
        return None
    suffix = "".join(_SUFFIXES.get(word, word) for word in _words(suffix_part))
    return PersonName(given=given[0], middles=tuple(given[1:] + _words(middle)),
                      surname="".join(surname), suffix=suffix)


def _words(value: str) -> list[str]:
    return [word.replace(".", "") for word in re.split(r"[\s.\-]+", fold(value)) if word.replace(".", "")]


def given_names_agree(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return b in _NICKNAMES.nicknames_of(a) or a in _NICKNAMES.nicknames_of(b)


def _middles_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True
    return len(a) == len(b) and all(x[0] == y[0] and (len(x) == 1 or len(y) == 1 or x == y) for x, y in zip(a, b))


def same_person(a: PersonName, b: PersonName) -> bool:
    return (
        a.surname == b.surname
        and given_names_agree(a.given, b.given)
        and _middles_agree(a.middles, b.middles)
        and (not a.suffix or not b.suffix or a.suffix == b.suffix)
    )


def organization_key(name: str) -> str:
    words = re.sub(r"[^\w\s&]", " ", fold(name).replace("'s ", " ")).replace("&", " and ").split()
    if words[:1] == ["the"]:
        words = words[1:]
    while len(words) > 1 and words[-1] in _COMPANY_FORMS:
        words = words[:-1]
    return " ".join(words)[:300] or fold(name)[:300]


def match_key(name: str, kind: str) -> str:
    """The key two forms of one speaker's name share when they are written alike (speaker_alias.match_key)."""
    return organization_key(name) if kind == SpeakerKind.ORGANIZATION else fold(name)[:300]


def is_description(speaker: ExtractedSpeaker) -> bool:
    """Unnamed: a description ("a senior official", "officials") or an unresolved pronoun."""
    folded = fold(speaker.name)
    head = speaker.name[4:] if folded.startswith("the ") else speaker.name  # "the Washington Post" is a name
    return (not speaker.named or speaker.kind == SpeakerKind.UNKNOWN or folded in PRONOUNS
            or folded.startswith(ANONYMOUS_PREFIXES) or head[:1].islower())


def is_shared_across_articles(speaker: ExtractedSpeaker) -> bool:
    if is_description(speaker) or speaker.kind == SpeakerKind.DOCUMENT:
        return False
    return speaker.kind != SpeakerKind.PERSON or parse_person(speaker.name) is not None


def article_scoped_key(name: str, article_id: int) -> str:
    return f"{fold(name)[:280]}{ARTICLE_SCOPE}{article_id}"


@dataclass(frozen=True, slots=True)
class SpeakerMatch:
    speaker_id: int | None  # the archive speaker the name is, None when none or several are
    ambiguous_with: tuple[int, ...] = ()  # the archive speakers it could equally be


def match_speaker(*, session: Session, name: str, kind: str, gender: str | None = None) -> SpeakerMatch:
    """Which current (not merged) archive speaker a name is. A form already seen decides; otherwise, for a person,
    every speaker sharing the surname is compared with `same_person` against all its full names, and one the
    articles state to be of another gender than `gender` (this article's statement) is not them: "Chris Smith",
    stated a man, is not Christina Smith."""
    exact = sorted(set(session.exec(
        select(SpeakerAlias.speaker_id).join(Speaker, col(Speaker.id) == col(SpeakerAlias.speaker_id)).where(
            col(SpeakerAlias.match_key) == match_key(name, kind), col(Speaker.kind) == kind,
            col(Speaker.merged_into_id).is_(None))
    ).all()))
    if len(exact) == 1:
        return SpeakerMatch(exact[0])
    if len(exact) > 1:
        return SpeakerMatch(None, tuple(exact))
    person = parse_person(name) if kind == SpeakerKind.PERSON else None
    if person is None:
        return SpeakerMatch(None)
    matches = [speaker_id for speaker_id, forms in _same_surname_forms(session, name).items()
               if forms and all(same_person(person, form) for form in forms)]
    if gender is not None and matches:
        stated = _stated_genders(session, matches)
        matches = [m for m in matches if stated.get(m, gender) == gender]
    if len(matches) == 1:
        return SpeakerMatch(matches[0])
    return SpeakerMatch(None, tuple(sorted(matches)))


def _stated_genders(session: Session, speaker_ids: list[int]) -> dict[int, str]:
    """The gender most articles that state one state, per speaker (ties and silence: absent)."""
    counts: dict[int, Counter[str]] = {}
    for speaker_id, gender, articles in session.exec(
        select(Quote.speaker_id, Quote.speaker_gender, func.count(distinct(Quote.article_id)))
        .where(col(Quote.speaker_id).in_(speaker_ids), col(Quote.speaker_gender).is_not(None))
        .group_by(col(Quote.speaker_id), col(Quote.speaker_gender))
    ).all():
        counts.setdefault(speaker_id, Counter())[gender] = articles
    decided = {}
    for speaker_id, by_gender in counts.items():
        ranked = by_gender.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            decided[speaker_id] = ranked[0][0]
    return decided


def _same_surname_forms(session: Session, name: str) -> dict[int, list[PersonName]]:
    """Every current person sharing the surname's last word (an index lookup on speaker_token), with the full
    names among its aliases."""
    surname_words = name_tokens(_name_parts(name)[2])
    if not surname_words:
        return {}
    rows = session.exec(
        select(SpeakerAlias.speaker_id, SpeakerAlias.name)
        .join(Speaker, col(Speaker.id) == col(SpeakerAlias.speaker_id))
        .where(col(SpeakerAlias.speaker_id).in_(
            select(SpeakerToken.speaker_id).where(col(SpeakerToken.token) == surname_words[-1][:100])),
            col(Speaker.kind) == SpeakerKind.PERSON, col(Speaker.merged_into_id).is_(None))
    ).all()
    forms: dict[int, list[PersonName]] = {}
    for speaker_id, alias in rows:
        parsed = parse_person(alias)
        forms.setdefault(speaker_id, [])
        if parsed is not None:
            forms[speaker_id].append(parsed)
    return forms


def add_name_forms(*, session: Session, speaker_id: int, kind: str, names: list[str]) -> set[str]:
    """Keeps every form as an alias (matched on by later articles) and indexes its words for name search. Returns
    the forms' alias keys, for `count_name_forms` once every speaker of the write is resolved."""
    names = [n for n in dict.fromkeys(n.strip()[:300] for n in names) if n]
    aliases = {match_key(n, kind): n for n in reversed(names)}  # the first form written wins its key
    insert_ignoring_duplicates(
        session, SpeakerAlias.__table__,
        [{"speaker_id": speaker_id, "match_key": key, "name": n, "seen": 0} for key, n in aliases.items() if key],
        ["speaker_id", "match_key"])
    index_name_words(session=session, speaker_id=speaker_id, names=names)
    return {key for key in aliases if key}


def count_name_forms(*, session: Session, forms: dict[int, set[str]]) -> None:
    """One more sighting of each form, then each speaker's display name brought up to date. In speaker id order
    and after every speaker of the write is resolved, so that concurrent writers lock these alias and speaker rows
    in one global order and cannot deadlock."""
    for speaker_id in sorted(forms):
        if forms[speaker_id]:
            session.execute(update(SpeakerAlias).where(
                col(SpeakerAlias.speaker_id) == speaker_id, col(SpeakerAlias.match_key).in_(sorted(forms[speaker_id]))
            ).values(seen=col(SpeakerAlias.seen) + 1))
    refresh_display_names(session=session, speaker_ids=sorted(forms))


def display_name_order(name: str, seen: int) -> tuple | None:
    """Sort key of a person's alias as a display name (smallest first), None unless it is a full name: the most
    name words (given, middle, surname, suffix: "Joseph R. Biden Jr." before "Joe Biden"), then without a title,
    then the most often seen, then alphabetical, so that the choice never depends on the order rows are read in."""
    if parse_person(name) is None:
        return None
    first, middle, last, suffix, title = _name_parts(name)
    words = sum(len(_words(part)) for part in (first, middle, last, suffix))
    return (-words, bool(title), -seen, name)


def refresh_display_names(*, session: Session, speaker_ids: list[int]) -> None:
    """A person's `name` is the first full name among its aliases in display_name_order; organisations and groups
    keep the name they were first stored under. Written only where it changes."""
    if not speaker_ids:
        return
    best: dict[int, tuple[tuple, str]] = {}
    for part in in_parts(speaker_ids):
        for speaker_id, name, seen in session.exec(
            select(SpeakerAlias.speaker_id, SpeakerAlias.name, SpeakerAlias.seen)
            .join(Speaker, col(Speaker.id) == col(SpeakerAlias.speaker_id))
            .where(col(SpeakerAlias.speaker_id).in_(part),
                   col(Speaker.kind) == SpeakerKind.PERSON)
        ).all():
            order = display_name_order(name, seen)
            if order is not None and (speaker_id not in best or order < best[speaker_id][0]):
                best[speaker_id] = (order, name)
    for speaker_id in sorted(best):
        name = best[speaker_id][1]
        session.execute(update(Speaker).where(col(Speaker.id) == speaker_id, col(Speaker.name) != name)
                        .values(name=name))


def index_name_words(*, session: Session, speaker_id: int, names: list[str]) -> None:
    tokens = {token[:100] for n in names for token in name_tokens(n)}
    insert_ignoring_duplicates(session, SpeakerToken.__table__,
                               [{"token": t, "speaker_id": speaker_id} for t in tokens], ["token", "speaker_id"])


def insert_speaker(*, session: Session, name: str, name_key: str, kind: str, named: bool = True) -> int:
    """The id of the speaker with this key, inserted unless another writer just did (or an editor merged it:
    then the speaker it was merged into)."""
    insert_ignoring_duplicates(
        session, Speaker.__table__, [{"name": name[:300], "name_key": name_key, "kind": kind, "named": named}],
        ["name_key", "kind"])
    speaker_id, merged_into_id = session.exec(
        select(Speaker.id, Speaker.merged_into_id).where(col(Speaker.name_key) == name_key, col(Speaker.kind) == kind)
    ).one()
    return merged_into_id or speaker_id


def insert_article_speaker(*, session: Session, speaker: ExtractedSpeaker, article_id: int) -> int:
    """A speaker kept to one article (a description, a pronoun, a surname alone, a document), with its name's words
    indexed for search: never matched across articles."""
    speaker_id = insert_speaker(session=session, name=speaker.name, name_key=article_scoped_key(speaker.name, article_id),
                                kind=speaker.kind, named=not is_description(speaker))
    index_name_words(session=session, speaker_id=speaker_id, names=[speaker.name])
    return speaker_id


def resolve_shared_speaker(
    *, session: Session, name: str, kind: str, aliases: tuple[str, ...] = (), gender: str | None = None
) -> tuple[int, set[str]]:
    """The archive speaker a named person, organisation or group is, created when no single one matches (and the
    ambiguity recorded when several did), and the alias keys of the forms given. Every form of the name is kept on
    it; the caller counts them with `count_name_forms` once all its speakers are resolved."""
    match = match_speaker(session=session, name=name, kind=kind, gender=gender)
    speaker_id = match.speaker_id
    if speaker_id is None:
        speaker_id = insert_speaker(session=session, name=name, name_key=fold(name)[:300], kind=kind)
        insert_ignoring_duplicates(
            session, SpeakerAmbiguity.__table__,
            [{"speaker_id": speaker_id, "candidate_id": other} for other in match.ambiguous_with if other != speaker_id],
            ["speaker_id", "candidate_id"])
    return speaker_id, add_name_forms(session=session, speaker_id=speaker_id, kind=kind, names=[name, *aliases])


def find_or_create_speaker(*, session: Session, name: str, kind: str) -> int:
    """For an editor's correction: the archive speaker a typed name is ("Joseph Biden" finds Joe Biden), created
    when there is none or the name could be several (then the ambiguity is recorded). The caller commits."""
    speaker_id, forms = resolve_shared_speaker(session=session, name=name, kind=kind)
    count_name_forms(session=session, forms={speaker_id: forms})
    return speaker_id
