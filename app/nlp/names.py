"""Turns each speaker mention into the fullest name the article gives, and resolves pronouns.

Names cluster by surname: every person mention whose last name token matches is the same person, named by the
longest form seen (`Miller` → `Matthew Miller`). Pronouns take the most recent person (or, for `it`/`they`/`we`,
organisation) that was a subject or a speaker before them, which is how news prose chains its references.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from .candidates import QuoteCandidate
from .extensions import PEOPLE, QUOTES
from .tokens import quote_owner_by_token
from .lexicon import DOCUMENT_NOUNS, ORGANISATION_NOUNS, honorifics, title_words

PERSON_PRONOUNS = frozenset("he she him her i".split())
ORG_PRONOUNS = frozenset("it they we".split())
_ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
_LEADING_DETERMINERS = frozenset("the a an this that these those".split())
_PERSON_NOUNS = frozenset(
    "official spokesman spokeswoman spokesperson source adviser advisor aide analyst expert diplomat officer "
    "minister leader president secretary ambassador witness resident man woman person lawyer attorney "
    "executive director member lawmaker senator representative governor mayor candidate voter supporter "
    "critic activist worker doctor teacher student professor researcher economist commander general".split()
)


@dataclass(slots=True)
class PersonInfo:
    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token [start, end) of each name mention
    roles: list[str] = field(default_factory=list)


@Language.factory(
    "quotewise_names",
    requires=["doc._.quotewise_quotes", "doc.ents", "token.dep"],
    assigns=["doc._.quotewise_quotes", "doc._.quotewise_people"],
)
def make_names(nlp: Language, name: str) -> "Names":
    return Names()


class Names:
    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)  # `doc.ents` rebuilds the list on every access
        people, surname_index = collect_people(doc, ents)
        doc._.set(PEOPLE, people)
        quotes: list[QuoteCandidate] = doc._.get(QUOTES) or []
        quoted = quote_owner_by_token(doc, quotes)
        antecedents = _antecedents([ent for ent in ents if quoted[ent.start] == -1], surname_index)
        genders = guess_genders(doc, people)
        for quote in quotes:
            if quote.speaker is None or quote.inherited_from is not None:
                continue
            target = quote.referent or quote.speaker
            quote.speaker_name, quote.speaker_kind = resolve(doc, target, surname_index, antecedents, quotes, ents, genders)
        for quote in quotes:
            source = quote.inherited_from
            while source is not None and source.inherited_from is not None:
                source = source.inherited_from
            if source is not None:
                quote.speaker_name, quote.speaker_kind = source.speaker_name, source.speaker_kind
        return doc


def clean_name_tokens(span: Span) -> list[str]:
    """Drop honorifics, leading titles and a possessive ending from a name mention."""
    words = [t.text for t in span if not t.is_space]
    for i, word in enumerate(words):
        if word in ("'s", "’s") and i > 0:
            words = words[:i]  # `Alina Romanowski’s Warning` names Alina Romanowski
            break
    while words and (words[-1] in ("'s", "’s", "'", "’") or not any(ch.isalnum() for ch in words[-1])):
        words.pop()
    while len(words) > 1 and (words[0].lower() in honorifics() or words[0].lower() in title_words() or words[0].lower() in _LEADING_DETERMINERS or words[0][:1].islower()):
        words.pop(0)  # the last word stays: `King` and `Dean` are surnames too
    if words and (words[0].lower() in honorifics() or words[0].lower() in _LEADING_DETERMINERS):
        words.pop(0)
    return words


_NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


def _surname(words: list[str]) -> str:
    kept = [word for word in words if word.lower() not in _NAME_SUFFIXES] or words
    return kept[-1].lower()


class SurnameIndex:
    """Surname → the people bearing it, by where they were named: a bare `Clinton` is the Clinton named last
    before it (`Hillary Clinton` … `Bill Clinton said` … `Clinton added` is Bill), or the first one after."""

    def __init__(self, people: dict[tuple[str, str], PersonInfo]) -> None:
        self._people = people
        self._positions: dict[str, list[tuple[int, tuple[str, str]]]] = {}

    def add(self, surname: str, position: int, key: tuple[str, str]) -> None:
        self._positions.setdefault(surname, []).append((position, key))

    def __contains__(self, surname: str) -> bool:
        return surname in self._positions

    def key_at(self, surname: str, position: int) -> tuple[str, str] | None:
        entries = self._positions.get(surname)
        if not entries:
            return None
        before = [key for at, key in entries if at < position]
        return before[-1] if before else min(entries)[1]

    def get(self, surname: str, position: int) -> str | None:
        key = self.key_at(surname, position)
        return self._people[key].name if key is not None else None


def collect_people(doc: Doc, ents: list[Span] | None = None) -> tuple[dict[str, PersonInfo], SurnameIndex]:
    ents = list(doc.ents) if ents is None else ents
    people: dict[tuple[str, str], PersonInfo] = {}
    index = SurnameIndex(people)
    singles: list[tuple[int, int, str, str]] = []
    person_surnames: set[str] = set()
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        words = clean_name_tokens(ent)
        if not words:
            continue
        person_surnames.add(_surname(words))
        if len(words) == 1:
            singles.append((ent.start, ent.end, _surname(words), _join(doc, ent, words)))
        else:
            _add_full_name(doc, ent, words, people, index)
    for ent in ents:  # the small model sometimes labels a full name as a place (`Ines Kuhl` in a caption)
        if ent.label_ == "PERSON" or len(ent) < 2 or not all(t.pos_ == "PROPN" or t.tag_ == "POS" for t in ent):
            continue
        words = clean_name_tokens(ent)
        if len(words) >= 2 and _surname(words) in person_surnames:
            _add_full_name(doc, ent, words, people, index)
    for token in doc:  # `the interior minister, Ana Petrova`: a name in apposition to a title is a person
        if token.dep_ == "appos" and token.pos_ == "PROPN" and token.ent_type_ != "PERSON" and token.head.lemma_.lower() in title_words():
            start = min([token.i] + [c.i for c in token.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"])
            span = doc[start : token.i + 1]
            words = clean_name_tokens(span)
            if len(words) >= 2:
                person_surnames.add(_surname(words))
                _add_full_name(doc, span, words, people, index)
    for start, end, surname, text in sorted(singles):
        key = index.key_at(surname, start)
        if key is None:
            key = ("", surname)
            people[key] = PersonInfo(name=text)
            index.add(surname, start, key)
        people[key].mentions.append((start, end))
    return {info.name: info for info in people.values()}, index


def _add_full_name(doc: Doc, ent: Span, words: list[str], people, index: SurnameIndex) -> None:
    key = (words[0].lower(), _surname(words))
    name = _join(doc, ent, words)
    info = people.get(key)
    if info is None:
        info = people[key] = PersonInfo(name=name)
    elif len(name.split()) > len(info.name.split()):
        info.name = name
    info.mentions.append((ent.start, ent.end))
    index.add(key[1], ent.start, key)


def _join(doc: Doc, span: Span, words: list[str]) -> str:
    """Rebuild the words with the article's own spacing (keeps `al-Sistani` whole)."""
    tokens = [t for t in span if not t.is_space]
    first = next(i for i, t in enumerate(tokens) if t.text == words[0])
    chosen = tokens[first : first + len(words)]
    return "".join(t.text_with_ws for t in chosen).strip()


def _antecedents(ents: list[Span], surname_index: SurnameIndex):
    """Person and organisation mentions that were subjects, in text order, for pronoun resolution."""
    persons: list[tuple[int, str]] = []
    orgs: list[tuple[int, str]] = []
    for ent in ents:
        if ent.root.dep_ not in ("nsubj", "nsubjpass", "poss", "appos", "ROOT", "pobj"):
            continue
        last = ent[-1].text.lower() if ent[-1].tag_ != "POS" else ent[-2].text.lower() if len(ent) > 1 else ""
        if last in surname_index and ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
            if ent.root.dep_ in ("nsubj", "nsubjpass"):
                persons.append((ent.start, surname_index.get(last, ent.start)))
        elif ent.label_ in _ORG_LABELS and ent.root.dep_ in ("nsubj", "nsubjpass"):
            orgs.append((ent.start, _org_name(ent)))
    return persons, orgs


def _org_name(span: Span) -> str:
    """`Kenya's central bank` stays whole; only a leading article and a trailing possessive go."""
    words = [t for t in span if not t.is_space]
    while words and (words[-1].tag_ == "POS" or words[-1].is_punct):
        words.pop()
    while words and words[0].lower_ in _LEADING_DETERMINERS:
        words.pop(0)
    return "".join(t.text_with_ws for t in words).strip() or span.text


def _earlier_organisation(doc: Doc, head_word: str, before: int, ents: list[Span], quotes) -> str | None:
    """`the bank said` after `Kenya's central bank held …`: a definite description names an organisation
    the article already introduced."""
    best_at, best = -1, None
    for ent in ents:
        if ent.start >= before:
            break
        if ent.label_ in ("ORG", "GPE", "NORP") and head_word in ent.text.lower() and len(ent) > 1:
            best_at, best = ent.start, _org_name(ent)
    for quote in quotes:
        if quote.speaker is None or quote.speaker_name is None or quote.speaker[0] >= before:
            continue
        if quote.speaker_kind == "organization" and head_word in quote.speaker_name.lower() and quote.speaker[0] > best_at:
            if quote.speaker_name.lower() != head_word:
                best_at, best = quote.speaker[0], quote.speaker_name
    return best


def resolve(doc: Doc, extent: tuple[int, int], surname_index, antecedents, quotes, ents=(), genders=None) -> tuple[str, str]:
    span = doc[extent[0] : extent[1]]
    head = span.root
    lower = head.lower_
    persons, orgs = antecedents
    if len(span) == 1 and head.pos_ == "PRON":
        if lower in PERSON_PRONOUNS:
            found = _latest_before(persons, quotes, span.start, doc, "person", genders, lower)
            return (found, "person") if found else (span.text, "unknown")
        if lower in ORG_PRONOUNS:
            found = _latest_before(orgs, quotes, span.start, doc, "organization")
            return (found, "organization") if found else (span.text, "unknown")
        return span.text, "unknown"
    words = clean_name_tokens(span)
    if words and _surname(words) in surname_index and head.pos_ == "PROPN":
        return surname_index.get(_surname(words), span.start), "person"
    if head.ent_type_ == "PERSON":
        return " ".join(words) if words else span.text, "person"
    if head.lemma_.lower() in DOCUMENT_NOUNS:
        for child in head.children:
            if child.dep_ == "poss":
                owner = doc[child.left_edge.i : child.i + 1]
                name = _org_name(owner)
                last = name.split()[-1].lower() if name else ""
                if last in surname_index:
                    return surname_index.get(last, child.i), "person"
                return name, "person" if child.ent_type_ == "PERSON" else "organization"
    if head.ent_type_ in _ORG_LABELS and head.pos_ == "PROPN":
        return _org_name(span), "organization"
    name = _org_name(span)
    lemma = head.lemma_.lower()
    if head.tag_ in ("NNS", "NNPS"):
        return name, "group"
    if lemma in ORGANISATION_NOUNS:
        if span[0].lower_ == "the" and len(span) == 2:
            earlier = _earlier_organisation(doc, head.lower_, span.start, ents, quotes)
            if earlier:
                return earlier, "organization"
        return name, "organization"
    if lemma in _PERSON_NOUNS or lemma in title_words():
        return name, "person"
    return name, "unknown"


def _latest_before(
    mentions: list[tuple[int, str]], quotes: list[QuoteCandidate], position: int, doc: Doc, kind: str,
    genders: dict[str, str] | None = None, pronoun: str = "",
) -> str | None:
    """The most recent subject or speaker of the right kind before `position`, skipping people whose known
    gender contradicts the pronoun (`he` after `Ms Lopez … John Smith`)."""
    wanted = _PRONOUN_GENDER.get(pronoun)
    candidates = mentions[: bisect_left(mentions, (position, ""))]
    candidates = candidates + [
        (quote.speaker[0], quote.speaker_name)
        for quote in quotes
        if quote.speaker is not None and quote.speaker_name and quote.speaker[0] < position and quote.speaker_kind == kind
    ]
    candidates.sort()
    for _, name in reversed(candidates):
        if wanted is None or genders is None or genders.get(name, wanted) == wanted:
            return name
    return None


_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_GENDER_WORDS = {
    **dict.fromkeys("mr mr. sir lord king prince spokesman chairman congressman businessman councilman father husband son brother his".split(), "m"),
    **dict.fromkeys(
        "mrs mrs. ms ms. miss dame lady queen princess spokeswoman chairwoman congresswoman businesswoman councilwoman "
        "mother wife daughter sister actress her".split(),
        "f",
    ),
}


def guess_genders(doc: Doc, people: dict[str, PersonInfo]) -> dict[str, str]:
    """Gender cues around each name: honorifics and gendered role words just before or after it."""
    genders: dict[str, str] = {}
    for name, info in people.items():
        votes = {"m": 0, "f": 0}
        for start, end in info.mentions:
            for token in doc[max(0, start - 3) : min(len(doc), end + 4)]:
                if token.i in range(start, end) and token.lower_ not in _GENDER_WORDS:
                    continue
                gender = _GENDER_WORDS.get(token.lower_)
                if gender and token.lower_ not in ("his", "her"):
                    votes[gender] += 1
        if votes["m"] != votes["f"]:
            genders[name] = "m" if votes["m"] > votes["f"] else "f"
    return genders
