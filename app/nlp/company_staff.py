"""A company whose name reads like a person's (`Harvest Lane`, `Birch Hollow`): the NER tags it PERSON, but
`Harvest Lane's chief executive` (data/company_staff.txt) says it is a company. Read once per entity, on the tokens
right after each of its mentions."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import read_words

_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


@lru_cache(maxsize=None)
def company_staff() -> tuple[tuple[str, ...], ...]:
    """The phrases of data/company_staff.txt, as word tuples, longest first."""
    return tuple(sorted((tuple(phrase.split()) for phrase in read_words("company_staff.txt")), key=len, reverse=True))


def owns_company_staff(doc: Doc, mentions: list[tuple[int, int]]) -> bool:
    """Whether some mention is written with a possessive and then a company's officer or property
    (`Harvest Lane's chief executive, Priya Raman,`)."""
    for _, end in mentions:
        if end >= len(doc) or doc[end].text not in _POSSESSIVES:
            continue
        after = tuple(t.lower_ for t in doc[end + 1 : end + 5])
        if any(after[: len(phrase)] == phrase for phrase in company_staff()):
            return True
    return False
