"""What identity decides for one speaker mention, and the syntax tests its resolution steps share."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from .lexicon import ORGANISATION_NOUNS, read_rows, read_words
from .tokens import children

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
DEFINITE = frozenset("the this that these those".split())
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
POLL_WORDS = frozenset("poll survey result results data datum finding findings polling figures".split())
AUTHOR = "the author"  # NAMES.md: an unnamed columnist's `I`


@dataclass(frozen=True, slots=True)
class Resolution:
    name: str
    kind: str  # person | organization | group | document | unknown
    via: str  # name | pronoun | description | document | group | unnamed
    entity: int | None = None
    members: tuple[str, ...] = ()
    named: bool = True
    gender: str | None = None
    role: str | None = None


def embedded_clause(subject: Token) -> bool:
    """A subject of a reported or subordinate clause (`said Rubio isn't ready`), not of the sentence itself
    (an apposition, `Trump, a political outsider,`, stands where its noun stands)."""
    if subject.dep_ == "appos":
        subject = subject.head
    return subject.head.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp")


def cleft_focus(token: Token) -> bool:
    """`It was Trump who commanded the attention`: the person a cleft sentence puts in focus is what that sentence is
    about, as its subject would be."""
    verb = token.head
    if token.dep_ != "attr" or verb.lemma_ != "be" or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" and c.i < verb.i for c in children(verb)):
        return False
    clauses = [c for c in children(token) if c.dep_ == "relcl"] + [c for c in children(verb) if c.dep_ == "ccomp" and c.i > token.i]
    return any(s.dep_ in SUBJECTS and s.lower_ in ("who", "that") for clause in clauses for s in children(clause))


def definite(token: Token) -> bool:
    return any(child.dep_ == "det" and child.lower_ in DEFINITE for child in children(token))


def possessive(doc: Doc, i: int) -> bool:
    """A name or pronoun that modifies a noun as its owner (`Clinton's campaign`, `her deputy`)."""
    token = doc[i]
    if token.dep_ == "poss":
        return True
    j = i + 1
    while j < len(doc) and j - i < 6 and doc[j].pos_ == "PROPN" and doc[j].ent_iob_ == "I":
        j += 1
    return j < len(doc) and (doc[j].tag_ == "POS" or (doc[j].dep_ == "case" and doc[j].text in ("'", "’", "'s", "’s")))


def plain_words(text: str) -> list[str]:
    """Lower-case words with hyphens as spaces, so `the 61-year-old` meets `61-year-old` however it was split."""
    return text.lower().replace("-", " ").split()


@lru_cache(maxsize=None)
def role_words() -> dict[str, str]:
    """Role word as written → the form descriptions are compared in (`gov.` → `governor`, `gop` → `republican`)."""
    return {word: canonical for word, canonical in read_rows("role_words.tsv")}


def role_terms(text: str) -> list[str]:
    """`plain_words` with every role word in its canonical form, so `Indiana Gov.` meets `the Indiana governor`."""
    canonical = role_words()
    return " ".join(canonical.get(word, word) for word in text.lower().split()).replace("-", " ").split()


@lru_cache(maxsize=None)
def person_nouns() -> frozenset[str]:
    """Nouns that describe one person without being a title (`the retired neurosurgeon`, `the front-runner`)."""
    return read_words("person_nouns.txt")


@lru_cache(maxsize=None)
def answering_verbs() -> frozenset[str]:
    """Verbs of answering a question (`she replied`): data/answering_verbs.txt."""
    return read_words("answering_verbs.txt")


@lru_cache(maxsize=None)
def interviewer_roles() -> frozenset[str]:
    """Last words of the roles of those who put the questions (`host`, `moderator`): data/interviewer_roles.txt."""
    return read_words("interviewer_roles.txt")


@lru_cache(maxsize=None)
def asking_verbs() -> frozenset[str]:
    """Verbs of putting a question to someone (`Hewitt asked Trump`): data/asking_verbs.txt."""
    return read_words("asking_verbs.txt")


@lru_cache(maxsize=None)
def anonymous_titles() -> frozenset[str]:
    """Titles unnamed sources go by (`an aide said`): data/anonymous_titles.txt."""
    return read_words("anonymous_titles.txt")


@lru_cache(maxsize=None)
def government_nouns() -> frozenset[str]:
    """Organisation nouns a place name can stand for (`the government` after `Mexico said`)."""
    return read_words("government_nouns.txt")


@lru_cache(maxsize=None)
def number_words() -> dict[str, int]:
    """`both` → 2, `four` → 4: how many people a plural description counts."""
    return {word: int(count) for word, count in read_rows("number_words.tsv")}


@lru_cache(maxsize=None)
def description_adverbs() -> frozenset[str]:
    """Focus adverbs that open a description but describe no one (`even some Republicans`)."""
    return read_words("description_adverbs.txt")


@lru_cache(maxsize=None)
def surname_organisations() -> frozenset[str]:
    """Nouns for a body named after a surname (`the Sanders campaign`): data/surname_organisations.txt."""
    return read_words("surname_organisations.txt")


@lru_cache(maxsize=None)
def organisation_nouns() -> frozenset[str]:
    """Nouns for an organisation: the core list plus data/organisation_nouns.txt (`the airline`, `the publication`)."""
    return ORGANISATION_NOUNS | read_words("organisation_nouns.txt")


@lru_cache(maxsize=None)
def organisation_name_words() -> dict[str, frozenset[str]]:
    """Organisation noun → words its name tends to hold (`union` → workers, federation, …)."""
    return {noun: frozenset(words.split()) for noun, words in read_rows("organisation_name_words.tsv")}
