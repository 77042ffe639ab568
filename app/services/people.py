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
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import zip_longest

from nameparser import HumanName
from nicknames import NickNamer

from sqlalchemy import bindparam, literal_column, null, select, union_all, update
from sqlmodel import Session

from app.db import in_parts
from app.models import Speaker, SpeakerAlias, SpeakerAmbiguity, SpeakerToken
from app.nlp.contract import ExtractedSpeaker, SpeakerKind
from app.services import bulk
from app.services.genders import stated_genders
from app.services.upsert import insert_ignoring_duplicates, insert_new_returning, insert_or_add
from app.text import fold as _fold_uncached
from app.text import name_tokens as _name_tokens_uncached

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me"})
ANONYMOUS_PREFIXES = ("a ", "an ", "another ", "one ", "some ", "several ", "two ", "three ")
ARTICLE_SCOPE = " @"  # name_key of a speaker kept to one article: "<folded name> @<article id>"
_COMPANY_FORMS = frozenset({"inc", "ltd", "llc", "corp", "co", "plc", "ag", "sa", "gmbh"})
_SUFFIXES = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii", "iii": "iii", "iv": "iv",
             "v": "v", "2nd": "ii", "3rd": "iii"}
_NICKNAMES = NickNamer()
# Folding is pure and the same names come back in every write (each entity name once per group member, each
# speaker's name for its key, its scope and its words): cached, it stops being the largest Python cost of a write.
fold = lru_cache(maxsize=65536)(_fold_uncached)


@lru_cache(maxsize=65536)
def name_tokens(value: str) -> tuple[str, ...]:
    return tuple(_name_tokens_uncached(value))


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


@lru_cache(maxsize=65536)
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
class SpeakerName:
    """A speaker of one write as matching sees it: shared across articles or kept to its article, with the other
    forms the article gives its name and the gender the article states."""

    name: str
    kind: str
    shared: bool
    named: bool = True
    aliases: tuple[str, ...] = ()
    gender: str | None = None

    @classmethod
    def of(cls, speaker: ExtractedSpeaker, *, aliases: tuple[str, ...] = (), gender: str | None = None) -> "SpeakerName":
        return cls(speaker.name, speaker.kind, is_shared_across_articles(speaker), not is_description(speaker),
                   aliases, gender)


@dataclass(frozen=True, slots=True)
class SpeakerMatch:
    speaker_id: int | None  # the archive speaker the name is, None when none or several are
    ambiguous_with: tuple[int, ...] = ()  # the archive speakers it could equally be


def _surname_token(name: str) -> str | None:
    """The speaker_token a person's candidates are looked up by: the last word of the surname."""
    words = name_tokens(_name_parts(name)[2])
    return words[-1][:100] if words else None


# The statements of a write, built once: building a statement (and its cache key) for every write costs more than
# SQLite takes to run it. Core on the connection, not the ORM session: these read and write plain columns.
_SPEAKER, _ALIAS, _TOKEN = Speaker.__table__, SpeakerAlias.__table__, SpeakerToken.__table__
_ROWS_BY_KEY = select(_SPEAKER.c.name_key, _SPEAKER.c.kind, _SPEAKER.c.id, _SPEAKER.c.merged_into_id).where(
    _SPEAKER.c.name_key.in_(bindparam("keys", expanding=True)))
# What the archive knows of a write's names, in one statement (each branch an index search): 0, the speakers with
# an alias of a name's match key; 1, the rows stored under a name's key; 2, the persons with a name's surname word,
# each row with one of their forms. The redirect and kind tests are made in Python, not in SQL: given
# `merged_into_id IS NULL` SQLite starts from every live speaker and probes its aliases, a cost that grows with the
# archive, instead of from the index of the names looked up.
_BY_ALIAS_KEY, _BY_NAME_KEY, _BY_TOKEN = 0, 1, 2
_ARCHIVE_KNOWS = (
    select(literal_column(str(_BY_ALIAS_KEY)).label("source"), _ALIAS.c.match_key.label("key"),
           _ALIAS.c.speaker_id.label("speaker_id"), _SPEAKER.c.kind, _SPEAKER.c.merged_into_id,
           null().label("form"))
    .join(_SPEAKER, _SPEAKER.c.id == _ALIAS.c.speaker_id)
    .where(_ALIAS.c.match_key.in_(bindparam("alias_keys", expanding=True))),
    select(literal_column(str(_BY_NAME_KEY)), _SPEAKER.c.name_key, _SPEAKER.c.id, _SPEAKER.c.kind,
           _SPEAKER.c.merged_into_id, null())
    .where(_SPEAKER.c.name_key.in_(bindparam("name_keys", expanding=True))),
    select(literal_column(str(_BY_TOKEN)), _TOKEN.c.token, _ALIAS.c.speaker_id, _SPEAKER.c.kind,
           _SPEAKER.c.merged_into_id, _ALIAS.c.name)
    .join(_ALIAS, _ALIAS.c.speaker_id == _TOKEN.c.speaker_id)
    .join(_SPEAKER, _SPEAKER.c.id == _TOKEN.c.speaker_id)
    .where(_TOKEN.c.token.in_(bindparam("tokens", expanding=True))),
)


@lru_cache(maxsize=8)
def _archive_knows(branches: tuple[int, ...]):  # noqa: ANN202 - a Select or a union of them
    """The branches of _ARCHIVE_KNOWS with something to look up (an empty one would still cost a step)."""
    return union_all(*(_ARCHIVE_KNOWS[b] for b in branches)) if len(branches) > 1 else _ARCHIVE_KNOWS[branches[0]]


_ALIAS_NAMES = select(_ALIAS.c.name).where(_ALIAS.c.speaker_id == bindparam("speaker"))
_PERSON_ALIASES = (select(_ALIAS.c.speaker_id, _ALIAS.c.name, _ALIAS.c.seen, _SPEAKER.c.name)
                   .join(_SPEAKER, _SPEAKER.c.id == _ALIAS.c.speaker_id)
                   .where(_ALIAS.c.speaker_id.in_(bindparam("ids", expanding=True)),
                          _SPEAKER.c.kind == SpeakerKind.PERSON.value))
_RENAME = update(_SPEAKER).where(_SPEAKER.c.id == bindparam("speaker")).values(name=bindparam("display"))


def _read(session: Session, statement, name: str, values: Sequence) -> list:  # noqa: ANN001 - a Select
    """The rows of `statement` for every one of `values` (bound as the expanding parameter `name`), in parts."""
    connection = session.connection()
    return [row for part in in_parts(values) for row in bulk.query(connection, statement, {name: list(part)})]


def _stored_rows(session: Session, name_keys: Sequence[str]) -> dict[tuple[str, str], int]:
    """(name key, kind) -> the stored speaker under that key, or the one it was merged into."""
    return {(name_key, kind): merged_into_id or speaker_id
            for name_key, kind, speaker_id, merged_into_id in _read(session, _ROWS_BY_KEY, "keys", name_keys)}


class _Archive:
    """What the archive knows of one write's names, read in a handful of set-based queries (however many speakers
    the article has), then kept up to date in memory as the write resolves its speakers one by one, so that a
    speaker matches one an earlier speaker of the same write created or gave a form to, exactly as if each had been
    written in turn. Speakers the write creates have negative ids until `write` inserts them."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.exact: dict[tuple[str, str], set[int]] = {}  # (alias key, kind) -> current speakers with that form
        self.by_token: dict[str, set[int]] = {}  # surname word -> current persons with that name word
        self.alias_names: dict[int, set[str]] = {}  # person -> the forms of its name known so far
        self.loaded: set[int] = set()  # the stored speakers whose every stored form is in alias_names
        self.kinds: dict[int, str] = {}
        self.stated: dict[int, str] = {}  # person -> the gender its articles state (decided ones)
        self.existing: dict[tuple[str, str], int] = {}  # (name_key, kind) -> the row (or its merge target)
        self.created: dict[tuple[str, str], int] = {}  # (name_key, kind) -> a speaker this write creates
        self.new_rows: list[dict] = []
        self.aliases: dict[tuple[int, str], str] = {}  # (speaker, alias key) -> form, as written (first wins)
        self.tokens: set[tuple[str, int]] = set()
        self.ambiguities: set[tuple[int, int]] = set()

    @classmethod
    def read(cls, session: Session, names: Sequence[SpeakerName], article_id: int | None, *,
             rows: bool = True) -> "_Archive":
        """`rows`: also the speaker rows stored under the names' keys, which a write reuses instead of creating."""
        archive = cls(session)
        shared = [n for n in names if n.shared]
        keys = sorted({match_key(n.name, n.kind) for n in shared})
        name_keys = sorted({fold(n.name)[:300] if n.shared else article_scoped_key(n.name, article_id)
                            for n in names}) if rows else []
        people = [n for n in shared if n.kind == SpeakerKind.PERSON and parse_person(n.name) is not None]
        tokens = sorted({token for n in people if (token := _surname_token(n.name))})
        found: tuple[list, list, list] = ([], [], [])
        connection = session.connection()
        for part in zip_longest(in_parts(keys), in_parts(name_keys), in_parts(tokens), fillvalue=()):
            branches = tuple(branch for branch, values in enumerate(part) if values)
            if not branches:
                continue
            values = dict(zip(("alias_keys", "name_keys", "tokens"), map(list, part)))
            for source, *row in bulk.query(connection, _archive_knows(branches), values):
                found[int(source)].append(row)
        for key, speaker_id, kind, merged_into_id, _ in found[_BY_ALIAS_KEY]:
            if merged_into_id is not None:
                continue
            archive.exact.setdefault((key, kind), set()).add(speaker_id)
            archive.kinds[speaker_id] = kind
        for name_key, speaker_id, kind, merged_into_id, _ in found[_BY_NAME_KEY]:
            archive.existing[(name_key, kind)] = merged_into_id or speaker_id
        for (_, kind), speaker_id in archive.existing.items():
            archive.kinds.setdefault(speaker_id, kind)
        for token, speaker_id, kind, merged_into_id, alias in found[_BY_TOKEN]:
            if kind != SpeakerKind.PERSON or merged_into_id is not None:
                continue
            archive.by_token.setdefault(token, set()).add(speaker_id)
            archive.alias_names.setdefault(speaker_id, set()).add(alias)
            archive.loaded.add(speaker_id)
            archive.kinds[speaker_id] = SpeakerKind.PERSON
        if any(n.gender is not None for n in people):
            archive.stated = stated_genders(session, sorted(archive.alias_names))
        return archive

    def _person_forms(self, speaker_id: int) -> list[PersonName]:
        """The full names among a candidate's forms, read from the archive the first time a speaker this write
        matched some other way turns out to be a candidate too."""
        if speaker_id > 0 and speaker_id not in self.loaded:
            self.alias_names.setdefault(speaker_id, set()).update(
                self.session.connection().execute(_ALIAS_NAMES, {"speaker": speaker_id}).scalars())
            self.stated.update(stated_genders(self.session, [speaker_id]))
            self.loaded.add(speaker_id)
        return [form for form in map(parse_person, self.alias_names.get(speaker_id, ())) if form is not None]

    def match(self, name: str, kind: str, gender: str | None = None) -> SpeakerMatch:
        """Which current archive speaker a name is (see match_speaker)."""
        exact = sorted(self.exact.get((match_key(name, kind), kind), ()))
        if len(exact) == 1:
            return SpeakerMatch(exact[0])
        if len(exact) > 1:
            return SpeakerMatch(None, tuple(exact))
        person = parse_person(name) if kind == SpeakerKind.PERSON else None
        token = _surname_token(name) if person is not None else None
        if token is None:
            return SpeakerMatch(None)
        matches = []
        for speaker_id in sorted(self.by_token.get(token, ())):
            if self.kinds.get(speaker_id) != SpeakerKind.PERSON:
                continue
            forms = self._person_forms(speaker_id)
            if forms and all(same_person(person, form) for form in forms):
                matches.append(speaker_id)
        if gender is not None:
            matches = [m for m in matches if self.stated.get(m, gender) == gender]
        if len(matches) == 1:
            return SpeakerMatch(matches[0])
        return SpeakerMatch(None, tuple(matches))

    def shared_speaker(self, name: SpeakerName) -> int:
        """The archive speaker a named person, organisation or group is, created when no single one matches (and
        the ambiguity recorded when several did), with every form of its name kept on it (and counted as seen)."""
        match = self.match(name.name, name.kind, name.gender)
        speaker_id = match.speaker_id
        if speaker_id is None:
            speaker_id = self._row(name.name, fold(name.name)[:300], name.kind, named=True)
            self.ambiguities.update((speaker_id, other) for other in match.ambiguous_with if other != speaker_id)
        forms = [n for n in dict.fromkeys(n.strip()[:300] for n in (name.name, *name.aliases)) if n]
        for key, form in {match_key(n, name.kind): n for n in reversed(forms)}.items():
            if key:
                self.aliases.setdefault((speaker_id, key), form)
                self.exact.setdefault((key, name.kind), set()).add(speaker_id)
        self.alias_names.setdefault(speaker_id, set()).update(forms)
        self._index_words(speaker_id, forms)
        return speaker_id

    def article_speaker(self, name: SpeakerName, article_id: int) -> int:
        """A speaker kept to one article, with its name's words indexed for search."""
        speaker_id = self._row(name.name, article_scoped_key(name.name, article_id), name.kind, named=name.named)
        self._index_words(speaker_id, [name.name])
        return speaker_id

    def _row(self, name: str, name_key: str, kind: str, *, named: bool) -> int:
        """The speaker with this key: the stored one (or the one it was merged into), else one this write creates."""
        row_key = (name_key, kind)
        if row_key in self.existing:
            return self.existing[row_key]
        if row_key not in self.created:
            self.created[row_key] = -1 - len(self.created)
            self.kinds[self.created[row_key]] = kind
            self.new_rows.append({"name": name[:300], "name_key": name_key, "kind": kind, "named": named})
        return self.created[row_key]

    def _index_words(self, speaker_id: int, names: list[str]) -> None:
        for token in {token[:100] for n in names for token in name_tokens(n)}:
            self.tokens.add((token, speaker_id))
            self.by_token.setdefault(token, set()).add(speaker_id)

    def write(self) -> dict[int, int]:
        """Inserts what the write created or gave (another writer may have just inserted the same speakers: theirs
        are taken), counts the forms seen and brings display names up to date; returns each speaker's real id."""
        ids = {speaker_id: speaker_id for speaker_id in self.kinds if speaker_id > 0}
        inserted = {(name_key, kind): speaker_id for name_key, kind, speaker_id in insert_new_returning(
            self.session, _SPEAKER, self.new_rows, ["name_key", "kind"], ["name_key", "kind", "id"])}
        taken = sorted({key for key, kind in self.created if (key, kind) not in inserted})
        for row_key, speaker_id in (inserted | _stored_rows(self.session, taken)).items():
            if row_key in self.created:
                ids[self.created[row_key]] = speaker_id
        aliases: dict[tuple[int, str], str] = {}
        for (speaker_id, key), form in self.aliases.items():
            aliases.setdefault((ids[speaker_id], key), form)
        # One more sighting of each form this write gives: a new alias is inserted seen once. In speaker id order
        # and after every speaker of the write is resolved, so that concurrent writers lock these alias rows in one
        # global order and cannot deadlock.
        insert_or_add(self.session, _ALIAS,
                      [{"speaker_id": s, "match_key": key, "name": aliases[s, key], "seen": 1} for s, key in sorted(aliases)],
                      ["speaker_id", "match_key"], "seen")
        insert_ignoring_duplicates(
            self.session, SpeakerToken.__table__,
            [{"token": token, "speaker_id": s} for token, s in {(t, ids[s]) for t, s in self.tokens}],
            ["token", "speaker_id"])
        insert_ignoring_duplicates(
            self.session, SpeakerAmbiguity.__table__,
            [{"speaker_id": a, "candidate_id": b} for a, b in {(ids[a], ids[b]) for a, b in self.ambiguities} if a != b],
            ["speaker_id", "candidate_id"])
        refresh_display_names(session=self.session, speaker_ids=sorted({s for s, _ in aliases}))
        return ids


def resolve_speakers(*, session: Session, names: Sequence[SpeakerName], article_id: int | None = None) -> list[int]:
    """The speaker id of each name, in order (the caller sorts them, so that writers creating the same speakers
    lock their rows in the same order): an archive identity for a shared one (every form kept as an alias), a row
    of the article alone for the others. Names with one match key (and kind) are one speaker. A few queries for the
    whole write, whatever the number of speakers; the caller commits."""
    archive = _Archive.read(session, names, article_id)
    by_key: dict[tuple[str, str, bool], int] = {}
    found = []
    for name in names:
        key = (match_key(name.name, name.kind), name.kind, name.shared)
        if key not in by_key:
            if name.shared:
                by_key[key] = archive.shared_speaker(name)
            else:
                assert article_id is not None, "a speaker kept to its article needs the article"
                by_key[key] = archive.article_speaker(name, article_id)
        found.append(by_key[key])
    ids = archive.write()
    return [ids[speaker_id] for speaker_id in found]


def stored_speaker_ids(*, session: Session, names: Sequence[SpeakerName], article_id: int) -> list[int | None]:
    """The stored speaker each name would be written as now (None: a new one), each on its own, without writing
    anything: for a re-analysis, to tell quotes found again from new ones. The same few queries as a write."""
    archive = _Archive.read(session, names, article_id)
    return [archive.match(n.name, n.kind, n.gender).speaker_id if n.shared
            else archive.existing.get((article_scoped_key(n.name, article_id), n.kind)) for n in names]


def match_speaker(*, session: Session, name: str, kind: str, gender: str | None = None) -> SpeakerMatch:
    """Which current (not merged) archive speaker a name is. A form already seen decides; otherwise, for a person,
    every speaker sharing the surname is compared with `same_person` against all its full names, and one the
    articles state to be of another gender than `gender` (this article's statement) is not them: "Chris Smith",
    stated a man, is not Christina Smith. Reads only."""
    probe = SpeakerName(name, kind, shared=True, gender=gender)
    return _Archive.read(session, [probe], None, rows=False).match(name, kind, gender)


def display_name_order(name: str, seen: int) -> tuple | None:
    """Sort key of a person's alias as a display name (smallest first), None unless it is a full name: the most
    name words (given, middle, surname, suffix: "Joseph R. Biden Jr." before "Joe Biden"), then without a title,
    then the most often seen, then alphabetical, so that the choice never depends on the order rows are read in."""
    shape = _full_name_shape(name)
    return None if shape is None else (*shape, -seen, name)


@lru_cache(maxsize=65536)
def _full_name_shape(name: str) -> tuple[int, bool] | None:
    """(minus the name words, has a title) of a full name, else None: every write ranks each of its people's forms."""
    if parse_person(name) is None:
        return None
    first, middle, last, suffix, title = _name_parts(name)
    return -sum(len(_words(part)) for part in (first, middle, last, suffix)), bool(title)


def refresh_display_names(*, session: Session, speaker_ids: list[int]) -> None:
    """A person's `name` is the first full name among its aliases in display_name_order; organisations and groups
    keep the name they were first stored under. Written only where it changes, in speaker id order."""
    best: dict[int, tuple[tuple, str]] = {}
    current: dict[int, str] = {}
    for speaker_id, name, seen, shown in _read(session, _PERSON_ALIASES, "ids", sorted(set(speaker_ids))):
        current[speaker_id] = shown
        order = display_name_order(name, seen)
        if order is not None and (speaker_id not in best or order < best[speaker_id][0]):
            best[speaker_id] = (order, name)
    rows = [{"speaker": speaker_id, "display": name} for speaker_id, (_, name) in sorted(best.items())
            if current[speaker_id] != name]
    if rows:
        session.connection().execute(_RENAME, rows)


def insert_article_speaker(*, session: Session, speaker: ExtractedSpeaker, article_id: int) -> int:
    """A speaker kept to one article (a description, a pronoun, a surname alone, a document), with its name's words
    indexed for search: never matched across articles."""
    name = SpeakerName(speaker.name, speaker.kind, shared=False, named=not is_description(speaker))
    return resolve_speakers(session=session, names=[name], article_id=article_id)[0]


def find_or_create_speaker(*, session: Session, name: str, kind: str) -> int:
    """For an editor's correction: the archive speaker a typed name is ("Joseph Biden" finds Joe Biden), created
    when there is none or the name could be several (then the ambiguity is recorded), the typed form counted as
    seen. The caller commits."""
    return resolve_speakers(session=session, names=[SpeakerName(name, kind, shared=True)])[0]
