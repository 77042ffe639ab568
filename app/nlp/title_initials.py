"""`the CS said` (Kenya's Cabinet Secretary), `the MEC said` (South Africa's Member of the Executive Council), `the
CEO said`: a title written as its initials, after `the`, is the one person the article gave that title in full
(`Health Cabinet Secretary Dr Wanjiru Kamau`). Used by the entity table for a one-word name run that no organisation
of the article abbreviates (issue 8, Kenyan and South African news)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from .lexicon import title_words
from .table_entry import Entry

_SKIPPED = frozenset({"of", "for", "the", "and", "&"})  # `Member of the Executive Council` is `MEC`


def _initials(words: list[str]) -> set[str]:
    """The initials of every stretch of the role that ends with its title word and holds two words or more
    (`Health Cabinet Secretary` → `cs`, `hcs`), the linking words left out."""
    letters = [word[0].lower() for word in words if word.lower() not in _SKIPPED]
    return {"".join(letters[k:]) for k in range(len(letters) - 1)}


def held_titles(people: Iterable[Entry]) -> dict[str, list[Entry]]:
    """Initials → the people whose roles end with a title word those initials abbreviate."""
    holders: dict[str, list[Entry]] = {}
    for entry in people:
        for role in entry.roles:
            words = role.replace("-", " ").split()
            if len(words) < 2 or not all(word.isalpha() for word in words) or words[-1].lower() not in title_words():
                continue
            for short in _initials(words):
                bearers = holders.setdefault(short, [])
                if not any(bearer is entry for bearer in bearers):
                    bearers.append(entry)
    return holders


def abbreviated_title(doc: Doc, start: int, end: int) -> str | None:
    """The lower-cased initials when the run is one word of two to four capitals after `the` (`the CS`)."""
    word = doc[start].text
    if end - start != 1 or start == 0 or doc[start - 1].lower_ != "the" or not (2 <= len(word) <= 4 and word.isalpha() and word.isupper()):
        return None
    return word.lower()
