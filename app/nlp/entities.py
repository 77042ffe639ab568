"""Builds the article's entity table once: every person, organisation and group it names, by its fullest name.

Names are found as runs of capitalised proper-noun tokens, not by trusting one NER label: the small model tags
`Donald Trump` as ORG in one sentence and nothing in a headline, but the words are capitalised proper nouns each
time. A title inside the run (`Florida Gov. Jeb Bush`, `Grand Chief Tala Ross`) and a headline's verb (`Obama
Says`) are not part of the name. Full names are collected first, so a surname written before the full name
(`Okonjo … Ada Okonjo`) still reaches it. Gender is recorded only as the text states it — an honorific, a
gendered role word, a pronoun with a single possible antecedent — and never guessed from a first name.
The table lands on the Doc as contract `ExtractedEntity` entries (`doc._.quotewise_entities`), in order of first
mention; `identity` resolves every speaker mention against it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token

from .contract import ExtractedEntity, Gender, SpeakerKind, TextSpan
from .extensions import ENTITIES, QUOTES
from .lexicon import ORGANISATION_NOUNS, honorifics, title_words
from .people_words import gender_words, pronoun_agreement, reporting_forms
from .roles import best_role, descriptions_of_mention, roles_of_mention
from .tokens import quote_owner_by_token

_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})
_NOT_NAME_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_CONNECTORS = frozenset("of for and the & de del la von van al bin".split())
_NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
_POLL_WORDS = frozenset({"poll", "survey"})
_MINOR_WORDS = frozenset("a an the of on in to for and or at by with from as is are was be".split())
_NOT_NAME_POS = frozenset({"DET", "CCONJ", "SCONJ", "ADV", "PRON", "ADP", "VERB", "AUX", "PART", "NUM"})
_POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})
_ACRONYM_SKIP = frozenset("of for and the & on in at".split())


@dataclass(slots=True)
class Entry:
    """One entity while the table is being built (token offsets); frozen into `ExtractedEntity` at the end."""

    name: str
    kind: str  # person | organization | group | unknown
    words: list[str]
    mentions: list[tuple[int, int]] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    votes: dict[str, int] = field(default_factory=lambda: {"female": 0, "male": 0})

    def gender(self, margin: int) -> str | None:
        female, male = self.votes["female"], self.votes["male"]
        if female - male >= margin:
            return "female"
        if male - female >= margin:
            return "male"
        return None


@dataclass(frozen=True, slots=True)
class NameRun:
    start: int  # token offsets of the name itself, titles and honorifics outside
    end: int
    kind: str  # person | organization | place | group | unknown
    honorific: str | None  # `Mrs.` right before the name
    prefix: int  # where the run began: words between `prefix` and `start` describe the name (`Wisconsin Republican`)


@Language.factory(
    "quotewise_entities",
    requires=["doc._.quotewise_quotes", "doc.ents", "token.pos", "token.dep"],
    assigns=["doc._.quotewise_entities"],
    default_config={"pronoun_window_sentences": 2, "gender_margin": 1, "max_role_tokens": 40},
)
def make_entities(nlp: Language, name: str, pronoun_window_sentences: int, gender_margin: int, max_role_tokens: int) -> "EntityTable":
    return EntityTable(pronoun_window_sentences, gender_margin, max_role_tokens)


class EntityTable:
    def __init__(self, pronoun_window_sentences: int = 2, gender_margin: int = 1, max_role_tokens: int = 40) -> None:
        self.pronoun_window_sentences = pronoun_window_sentences
        self.gender_margin = gender_margin
        self.max_role_tokens = max_role_tokens

    def __call__(self, doc: Doc) -> Doc:
        owner = quote_owner_by_token(doc, doc._.get(QUOTES) or [])
        entries = build_entries(doc, owner, self.max_role_tokens, self.pronoun_window_sentences, self.gender_margin)
        doc._.set(ENTITIES, [freeze(doc, entry, self.gender_margin) for entry in entries])
        return doc


def surname_of(words: list[str]) -> str:
    kept = [word for word in words if word.lower() not in _NAME_SUFFIXES] or words
    return fold(kept[-1])


def fold(word: str) -> str:
    """Lower case with one apostrophe: `O’Neill` and `O'Neill` are the same name."""
    return word.lower().replace("’", "'").replace("‘", "'")


def _is_name_word(token: Token) -> bool:
    if token.ent_type_ in _NOT_NAME_LABELS:
        return False  # `Tuesday`, `September`
    return token.text[:1].isupper() and (token.pos_ == "PROPN" or token.ent_type_ in _NAME_LABELS)


def _continues(doc: Doc, j: int) -> bool:
    previous, token = doc[j - 1], doc[j]
    if "\n" in previous.text_with_ws or previous.tag_ == "POS" or token.tag_ == "POS" or token.lower_ in _POSSESSIVE_ENDINGS:
        return False
    if token.text == "-" and not previous.whitespace_ and not token.whitespace_ and j + 1 < len(doc) and doc[j + 1].is_alpha:
        return True  # `Park Min-ho`, `al-Sistani`
    if previous.text == "-" and not previous.whitespace_ and token.is_alpha:
        return True
    if token.lower_ in _CONNECTORS and token.ent_iob_ == "I":
        return True  # `Federal Bureau of Investigation`
    return _is_name_word(token) and token.lower_ not in reporting_forms()  # `Obama Says …`


def _is_title(token: Token) -> bool:
    lower = token.lower_
    if lower in title_words() or lower in honorifics() or token.lemma_.lower() in title_words() or (lower.endswith("s") and lower[:-1] in title_words()):
        return True
    return len(token.text) > 2 and token.text.endswith(".") and token.text[:-1].isalpha() and len(token.text) <= 5  # `Adm.`, `Sgt.`


def name_runs(doc: Doc, owner: list[int] | None = None) -> list[NameRun]:
    """Every capitalised proper-name run in one pass, with titles, honorifics and headline verbs cut off."""
    runs: list[NameRun] = []
    headline = headline_tokens(doc)
    for i, quote in enumerate(owner or ()):
        if quote != -1:
            headline[i] = 1  # inside a quotation words are as loose as in a headline (`Crooked Hillary Clinton`)
    i, n = 0, len(doc)
    while i < n:
        if not _is_name_word(doc[i]) or (doc[i].lower_ in reporting_forms() and doc[i].ent_type_ != "PERSON"):
            i += 1
            continue
        j = i + 1
        while j < n and _continues(doc, j):
            j += 1
        run = _clean_run(doc, i, j, headline)
        if run is not None:
            runs.append(run)
        i = j
    return runs


def headline_tokens(doc: Doc, max_words: int = 25) -> bytearray:
    """1 for tokens of a short line whose words are mostly capitalised (a headline or caption), where every word
    looks like a name (`More Offensive Things Donald Trump Said`)."""
    flags = bytearray(len(doc))
    position = 0
    for line in doc.text.split("\n"):
        start, position = position, position + len(line) + 1
        words = [word for word in line.split() if word[:1].isalpha() and word.lower() not in _MINOR_WORDS]
        if 3 <= len(words) <= max_words and sum(1 for word in words if word[:1].isupper()) >= 0.8 * len(words):
            span = doc.char_span(start, start + len(line), alignment_mode="expand")
            if span is not None:
                flags[span.start : span.end] = b"\x01" * len(span)
    return flags


def _clean_run(doc: Doc, start: int, end: int, headline: bytearray) -> NameRun | None:
    prefix = start
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in _CONNECTORS):
        end -= 1
    honorific = doc[start - 1].lower_ if start > 0 and doc[start - 1].lower_ in honorifics() else None
    last_title = max((k for k in range(start, end - 1) if _is_title(doc[k])), default=None)
    titled = False
    if last_title is not None and doc[end - 1].lower_ not in ORGANISATION_NOUNS:
        if doc[last_title].lower_ in honorifics():
            honorific = doc[last_title].lower_
        start, titled = last_title + 1, True  # `Florida Gov. Jeb Bush`, `Grand Chief Tala Ross`
    while start < end - 1 and (doc[start].pos_ in _NOT_NAME_POS or doc[start].text[:1].islower() or (doc[start].is_stop and doc[start].ent_type_ != "PERSON")):
        start += 1  # `Neither Cruz`, `Texas-based Matt Mackowiak`
    person = next((k for k in range(start, end) if doc[k].ent_type_ == "PERSON"), None)
    described = any(t.text[:1].islower() or t.text == "-" for t in doc[start:person]) if person is not None else False
    if person is not None and person > start and (doc[start].ent_type_ not in ("", "PERSON") or headline[start] or described):
        person_end = person
        while person_end < end and doc[person_end].ent_type_ == "PERSON":
            person_end += 1
        if person_end - person == 1 and doc[person - 1].ent_type_ == "" and not _is_title(doc[person - 1]):
            person -= 1  # `Ana` left outside the entity `Petrova`
        start = person  # `Republican Donald Trump`, `Offensive Things Donald Trump`, `Filmmaker Jack Marino`
    while start < end - 1 and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    if end - start > 1 and doc[end - 1].lower_ in _POLL_WORDS:
        end -= 1  # `Morning Consult Poll` is Morning Consult's poll (but `The Washington Post` is a name)
    if start >= end or not any(t.is_alpha for t in doc[start:end]):
        return None
    if end - start == 1 and _is_title(doc[start]) and doc[start].ent_type_ != "PERSON":
        return None  # `President` alone is a role, not a name (`King said` after `Pete King` is)
    labels = {t.ent_type_ for t in doc[start:end]}
    root = doc[end - 1]
    titled = titled or (root.dep_ == "appos" and root.head.lemma_.lower() in title_words())  # `the minister, Ana Petrova`
    titled = titled or (start > 0 and doc[start - 1].text.islower() and doc[start - 1].lower_ in title_words() and end - start <= 3)  # `host Sean Hannity`
    if "PERSON" in labels or honorific or titled:
        kind = "person"
    elif labels & {"ORG"}:
        kind = "organization"
    elif labels & _PLACE_LABELS:
        kind = "place"
    elif "NORP" in labels:
        kind = "group" if doc[end - 1].text.endswith("s") else "place"
    else:
        kind = "unknown"
    return NameRun(start, end, kind, honorific, prefix)


def _words(doc: Doc, start: int, end: int) -> list[str]:
    return [t.text for t in doc[start:end] if not t.is_space]


def _text(doc: Doc, start: int, end: int) -> str:
    return "".join(t.text_with_ws for t in doc[start:end]).strip()


def acronym(words: list[str]) -> str:
    letters = [w[0] for w in words if w.lower() not in _ACRONYM_SKIP and w[:1].isupper()]
    return "".join(letters).lower() if len(letters) >= 2 else ""


def _key(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum() or ch == " ").strip()


def build_entries(doc: Doc, owner: list[int] | None = None, max_role_tokens: int = 40, window_sentences: int = 2, margin: int = 1) -> list[Entry]:
    """Full names first (with what the text states about them), then every single-word mention joins the entity
    it can only be, or the nearest of those it could be, or starts one of its own."""
    owner = owner if owner is not None else [-1] * len(doc)
    runs = name_runs(doc, owner)
    entries: list[Entry] = []
    people: dict[tuple[str, str], Entry] = {}
    by_surname: dict[str, list[tuple[int, Entry]]] = {}
    by_alias: dict[str, Entry] = {}
    person_surnames = {surname_of(_words(doc, r.start, r.end)) for r in runs if r.kind == "person"}

    def add(entry: Entry) -> Entry:
        entries.append(entry)
        return entry

    singles: list[NameRun] = []
    prefixes: dict[tuple[int, int], str] = {}
    for run in runs:  # full names first, wherever they stand
        words = _words(doc, run.start, run.end)
        if len(words) < 2:
            singles.append(run)
            continue
        is_person = run.kind == "person" or (run.kind in ("unknown", "place", "organization") and surname_of(words) in person_surnames and words[-1].lower() not in ORGANISATION_NOUNS)
        if is_person:
            key = (fold(words[0]), surname_of(words))
            entry = people.get(key)
            if entry is None:
                entry = people[key] = add(Entry(_text(doc, run.start, run.end), "person", words))
            elif len(words) > len(entry.words):
                entry.name, entry.words = _text(doc, run.start, run.end), words
            entry.mentions.append((run.start, run.end))
            by_surname.setdefault(key[1], []).append((run.start, entry))
            continue
        key = _key(_text(doc, run.start, run.end))
        entry = by_alias.get(key)
        if entry is None:
            kind = "organization" if run.kind in ("organization", "place", "unknown") else run.kind
            entry = by_alias[key] = add(Entry(_text(doc, run.start, run.end), kind, words))
            short = acronym(words)
            if short:
                entry.aliases.add(short.upper())
                by_alias.setdefault(short, entry)
        entry.mentions.append((run.start, run.end))
    loose = headline_tokens(doc)
    for i, quote in enumerate(owner):
        if quote != -1:
            loose[i] = 1
    _merge_partial_names(doc, people, by_surname, loose)
    covered = bytearray(len(doc))
    for run in runs:
        covered[run.start : run.end] = b"\x01" * (run.end - run.start)
    last_words = {fold(entry.words[-1]) for entry in entries if entry.kind != "person" and len(entry.words) == 2 and entry.words[-1].lower() not in ORGANISATION_NOUNS}
    for token in doc:  # `Trump` or `Sanders` tagged as a common noun is still the surname the article gave
        if covered[token.i] or not token.text[:1].isupper() or token.pos_ not in ("NOUN", "VERB", "ADJ", "PROPN"):
            continue
        if fold(token.text) in by_surname or (fold(token.text) in last_words and not token.is_sent_start):  # `Hannity` after `Sean Hannity` (tagged ORG)
            singles.append(NameRun(token.i, token.i + 1, "unknown", None, token.i))
    singles.sort(key=lambda run: run.start)
    for entries_of_surname in by_surname.values():
        entries_of_surname.sort(key=lambda item: item[0])
    first_names: dict[str, set[int]] = {}
    for entry in people.values():
        entry.aliases.add(entry.words[-1] if entry.words[-1].lower() not in _NAME_SUFFIXES else entry.words[-2])
        first_names.setdefault(fold(entry.words[0]), set()).add(id(entry))
    unique_first = {fold(entry.words[0]): entry for entry in people.values() if len(first_names[fold(entry.words[0])]) == 1}
    other_words: dict[str, set[int]] = {}  # `Acosta` in `Melba Acosta Febo`, `Park` in `Park Min-ho`
    for entry in people.values():
        for word in entry.words[:-1]:
            if len(word) > 2 and word[:1].isupper() and not word.endswith("."):
                other_words.setdefault(fold(word), set()).add(id(entry))
    by_id = {id(entry): entry for entry in people.values()}
    for run in runs:
        if run.prefix < run.start:
            prefixes.setdefault((run.start, run.end), " ".join(t.lower_ for t in doc[run.prefix : run.start] if not t.is_punct))
    for entry in entries:
        _attach_descriptions(doc, entry, entry.mentions, prefixes, max_role_tokens)
    described = {id(entry): len(entry.mentions) for entry in entries}
    shared_surnames = {surname for surname, bearers in by_surname.items() if len({id(entry) for _, entry in bearers}) > 1}
    sentences = Sentences.read(doc)
    sentence_of = sentences.of_token
    early_votes = {id(entries[index]): votes for index, votes in pronoun_votes(doc, entries, owner, window_sentences, sentences).items()}
    org_last_word: dict[str, list[Entry]] = {}
    org_first_word: dict[str, list[Entry]] = {}
    for entry in entries:
        if entry.kind == "organization":
            org_last_word.setdefault(fold(entry.words[-1]), []).append(entry)
            if len(entry.words) > 1 and entry.name.startswith(entry.words[0] + " "):  # not `Microsoft-LinkedIn`
                org_first_word.setdefault(fold(entry.words[0]), []).append(entry)
    for run in singles:
        word = doc[run.start].text
        lower = fold(word)
        entry = None
        if lower in by_surname and run.kind != "organization" or (lower in by_surname and run.kind == "organization" and lower in person_surnames):
            entry = _nearest_bearer(by_surname[lower], run, early_votes, margin, sentence_of, lower in shared_surnames)
        elif _key(word) in by_alias:
            entry = by_alias[_key(word)]
        elif lower in unique_first and run.kind in ("person", "unknown"):
            entry = unique_first[lower]
        elif len(other_words.get(lower, ())) == 1 and run.kind in ("person", "unknown"):
            entry = by_id[next(iter(other_words[lower]))]
        elif len(org_last_word.get(lower, ())) == 1 and lower not in ORGANISATION_NOUNS and run.kind != "group":
            entry = org_last_word[lower][0]  # `the Post` after `The Washington Post`
        elif len(org_first_word.get(lower, ())) == 1 and doc[run.start].ent_type_ == "ORG" and not doc[run.start].is_stop:
            entry = org_first_word[lower][0]  # `Fox` (tagged ORG) in an article that writes `Fox News`
        if entry is None:
            kind = run.kind if run.kind in ("person", "group") else "organization" if run.kind in ("organization", "place") else "unknown"
            entry = by_alias[_key(word)] = add(Entry(word, kind, [word]))
        entry.mentions.append((run.start, run.end))
        if run.honorific and run.honorific in gender_words():
            entry.votes[gender_words()[run.honorific]] += 3
    for entry in entries:
        _attach_descriptions(doc, entry, entry.mentions[described.get(id(entry), 0) :], prefixes, max_role_tokens)
        entry.mentions.sort()
    for index, votes in pronoun_votes(doc, entries, owner, window_sentences, sentences).items():
        for gender, count in votes.items():
            entries[index].votes[gender] += count
    entries = [entry for entry in entries if entry.mentions]
    for entry in entries:  # `Sean Hannity` tagged ORG once and PERSON twice is a person
        if entry.kind in ("organization", "unknown") and len(entry.words) <= 4 and entry.words[-1].lower() not in ORGANISATION_NOUNS:
            labels = [token.ent_type_ for start, end in entry.mentions for token in doc[start:end]]
            if labels.count("PERSON") > len(labels) - labels.count("PERSON") - labels.count(""):
                entry.kind = "person"
    entries.sort(key=lambda entry: entry.mentions[0])
    return entries


def _first_word_is_a_name(doc: Doc, entry: Entry, loose: bytearray) -> bool:
    """`Debbie` in `Debbie Wasserman Schultz` (left outside the PERSON span) is a name; `Florida` is not."""
    return any(doc[start].ent_type_ == "PERSON" or _untagged_first_name(doc, start, loose) for start, _ in entry.mentions)


def _untagged_first_name(doc: Doc, start: int, loose: bytearray) -> bool:
    """An untagged proper noun opening a name in running text (no headline, quotation or `the` before it)."""
    token = doc[start]
    return (token.ent_type_ == "" and token.pos_ == "PROPN" and not _is_title(token) and not loose[start]
            and (start == 0 or doc[start - 1].lower_ not in ("the", "a", "an")))


def _merge_partial_names(doc: Doc, people: dict[tuple[str, str], Entry], by_surname: dict[str, list[tuple[int, Entry]]], loose: bytearray) -> None:
    """`Wasserman Schultz` is `Debbie Wasserman Schultz`: a shorter full name ending a longer one of the same
    surname is that person, when only one longer name fits."""
    for surname, bearers in by_surname.items():
        entries = list({id(entry): entry for _, entry in bearers}.values())
        if len(entries) < 2 or len(entries) > 20:
            continue
        for short in entries:
            longer = [e for e in entries if len(e.words) > len(short.words) and [w.lower() for w in e.words[-len(short.words):]] == [w.lower() for w in short.words] and _first_word_is_a_name(doc, e, loose)]
            if len(longer) == 1:
                target = longer[0]
                target.mentions.extend(short.mentions)
                short.mentions.clear()
                by_surname[surname] = [(at, target if entry is short else entry) for at, entry in by_surname[surname]]
                for key, entry in list(people.items()):
                    if entry is short:
                        people[key] = target


def _nearest_bearer(bearers: list[tuple[int, Entry]], run: NameRun, early_votes: dict[int, dict[str, int]], margin: int, sentence_of: list[int], several: bool) -> Entry:
    """A bare `Clinton` among several Clintons: the one an honorific agrees with, the one named in the same or the
    previous sentence, else the one named most often (or the first named after, if none before)."""
    wanted = gender_words().get(run.honorific or "")
    candidates = bearers
    if not several:
        return bearers[0][1]
    if wanted:  # `Mr. Khan`: a Khan stated to be a man, else any Khan not stated to be a woman
        genders = [(at, entry, _gender_so_far(entry, early_votes, margin)) for at, entry in bearers]
        stated = [(at, entry) for at, entry, gender in genders if gender == wanted]
        possible = [(at, entry) for at, entry, gender in genders if gender is None]
        candidates = stated or possible or bearers
    index = bisect_left([at for at, _ in candidates], run.start)
    if index == 0:
        return candidates[0][1]
    if sentence_of[run.start] - sentence_of[candidates[index - 1][0]] <= 1:
        return candidates[index - 1][1]
    named_before = {id(entry): entry for _, entry in candidates[max(0, index - 50) : index]}.values()
    return max(named_before, key=lambda entry: len(entry.mentions))  # the one the article has named most so far


def _gender_so_far(entry: Entry, early_votes: dict[int, dict[str, int]], margin: int) -> str | None:
    votes = dict(entry.votes)
    for gender, count in early_votes.get(id(entry), {}).items():
        votes[gender] += count
    return Entry(entry.name, entry.kind, entry.words, votes=votes).gender(margin)


def _attach_descriptions(doc: Doc, entry: Entry, mentions: list[tuple[int, int]], prefixes: dict, max_role_tokens: int) -> None:
    for start, end in mentions:
        if start > 0 and doc[start - 1].lower_ in gender_words() and entry.kind == "person":
            entry.votes[gender_words()[doc[start - 1].lower_]] += 3
        roles = roles_of_mention(doc, start, end, max_role_tokens)
        descriptions = descriptions_of_mention(doc, start, end, max_role_tokens)
        if (start, end) in prefixes:
            descriptions.append(prefixes[(start, end)])
        entry.roles.extend(roles)
        entry.descriptions.extend(descriptions)
        if entry.kind == "person":
            for text in roles + descriptions:
                for word in text.lower().split():
                    if word in gender_words() and word not in honorifics():
                        entry.votes[gender_words()[word]] += 3


@dataclass(slots=True)
class Sentences:
    """Sentence index of every token and where each gendered pronoun stands, from one pass over the tokens."""

    of_token: list[int]
    starts: list[int]
    pronouns: list[tuple[int, str]]  # (token index, "female" | "male")

    @classmethod
    def read(cls, doc: Doc) -> "Sentences":
        of_token: list[int] = []
        starts: list[int] = []
        pronouns: list[tuple[int, str]] = []
        agreement = pronoun_agreement()
        for token in doc:
            if token.is_sent_start or token.i == 0:
                starts.append(token.i)
            of_token.append(len(starts) - 1)
            stated = agreement.get(token.lower_)
            if stated in ("female", "male") and token.pos_ == "PRON":
                pronouns.append((token.i, stated))
        return cls(of_token, starts, pronouns)


def pronoun_votes(doc: Doc, entries: list[Entry], owner: list[int], window_sentences: int, sentences: Sentences) -> dict[int, dict[str, int]]:
    """A gendered pronoun outside quotations whose recent context names exactly one person states that person's
    gender (`Mayor Lena Fox said … Her deputy` makes Fox a woman)."""
    mentions = sorted(
        (start, index, doc[end - 1].dep_ in ("nsubj", "nsubjpass"))
        for index, entry in enumerate(entries) if entry.kind == "person" for start, end in entry.mentions if owner[start] == -1
    )
    positions = [start for start, _, _ in mentions]
    votes: dict[int, dict[str, int]] = {}
    for at, agreement in sentences.pronouns:
        if owner[at] != -1:
            continue
        sentence = sentences.of_token[at]
        window_start = sentences.starts[max(0, sentence - window_sentences + 1)]
        low, high = bisect_left(positions, window_start), bisect_left(positions, at)
        window = mentions[max(low, high - 8) : high]
        recent = {index for _, index, _ in window}
        if len(recent) > 1:  # several people, one of them the subject: the subject is who the pronoun continues
            recent = {index for _, index, subject in window if subject}
        if len(recent) == 1:
            counts = votes.setdefault(recent.pop(), {"female": 0, "male": 0})
            counts[agreement] += 1
    return votes


def repair_mojibake(name: str) -> str:
    """`FranÃ§ois` is `François` read through the wrong encoding (once or twice); the canonical name is the intended one.
    Each word is repaired alone (a no-break space elsewhere must not stop it); a double encoding whose invisible
    control character was lost (`SarukhÃÂ¡n`) is read again without its stray `Â`."""
    return re.sub(r"\S+", lambda word: _repair_word(word.group()), unicodedata.normalize("NFC", name))


def _repair_word(word: str) -> str:
    for _ in range(3):
        if "Ã" not in word and "Â" not in word:
            break
        try:
            word = word.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            try:
                word = word.replace("Â", "").encode("latin-1").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                break
    return word


def freeze(doc: Doc, entry: Entry, margin: int) -> ExtractedEntity:
    kind = {"person": SpeakerKind.PERSON, "organization": SpeakerKind.ORGANIZATION, "group": SpeakerKind.GROUP}.get(entry.kind, SpeakerKind.UNKNOWN)
    gender = entry.gender(margin) if entry.kind == "person" else None
    best = best_role(entry.roles)  # the most complete statement of the role goes first
    roles = list(dict.fromkeys(([best] if best else []) + entry.roles)) + [d for d in dict.fromkeys(entry.descriptions) if d not in entry.roles]
    spans = tuple(TextSpan(doc[s:e].text, doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for s, e in entry.mentions)
    aliases = tuple(sorted(alias for alias in entry.aliases if alias != entry.name))
    return ExtractedEntity(
        name=repair_mojibake(entry.name), kind=kind, aliases=aliases, roles=tuple(roles), gender=Gender(gender) if gender else None,
        plural=entry.kind == "group", mentions=spans,
    )

