"""`the elder Kessler`, `the younger Mr. Castellano`: which of two namesakes the article means by an age comparison.
The article states who is older either by ages (`Dale Kessler, 62, … his son Travis Kessler, 34`) or by kinship
beside a full name (`His younger brother, Anthony Castellano`, `his son Travis Kessler`). Used by the entity table
for a surname that several people the article names share (issue 8, NYT and Washington Post second references)."""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import honorifics
from .table_entry import Entry

_ELDER = frozenset({"elder", "older", "eldest", "oldest"})
_YOUNGER = frozenset({"younger", "youngest"})
_OLDER_KIN = frozenset({"father", "mother", "grandfather", "grandmother", "parent", "dad", "mom"})
_YOUNGER_KIN = frozenset({"son", "daughter", "grandson", "granddaughter", "child"})
SIBLINGS = frozenset({"brother", "sister", "sibling"})
OWNER_GENDERS = {"his": "male", "her": "female"}  # the gender a pronoun owning a kinship noun states (`her son`)


def comparison_of(word: str) -> str | None:
    """`elder` for `elder`, `older`, `eldest`, `oldest`; `younger` for `younger`, `youngest` (lower case)."""
    return "elder" if word in _ELDER else "younger" if word in _YOUNGER else None


def by_age(ages: list[int | None], comparison: str) -> int | None:
    """The index of the oldest (`elder`) or youngest (`younger`) of the ages, when every one is given and no two are
    equal; else None."""
    if None in ages or len(set(ages)) != len(ages):
        return None
    pick = max if comparison == "elder" else min
    return ages.index(pick(ages))


def compared(doc: Doc, start: int) -> str | None:
    """`elder` or `younger` when `the elder`, `the younger` (an honorific between: `the younger Mr.`) stands before
    the surname at `start`."""
    i = start - 1
    while i >= 0 and (doc[i].lower_ in honorifics() or doc[i].text == "."):
        i -= 1
    if i < 1 or doc[i - 1].lower_ != "the":
        return None
    return comparison_of(doc[i].lower_)


def _age(doc: Doc, entry: Entry) -> int | None:
    """`Dale Kessler, 62,`: the age written after one of the full names."""
    for _, end in entry.mentions:
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text.isdigit() and 0 < int(doc[end + 1].text) < 120:
            return int(doc[end + 1].text)
    return None


def _kin(doc: Doc, entry: Entry) -> str | None:
    """`His younger brother, Anthony Castellano`, `his son Travis Kessler`, `Their mother, Rosa Castellano`: the
    comparison a kinship noun set right before one of the full names (a comma between at most, or the copula of
    `His son is Tomas Castillo`) states."""
    for start, _ in entry.mentions:
        i = start - 1
        if i >= 0 and (doc[i].text == "," or (doc[i].lemma_ == "be" and doc[i].dep_ == "ROOT")):
            i -= 1
        if i < 0:
            continue
        word = doc[i].lower_
        if word in _YOUNGER_KIN:
            return "younger"
        if word in _OLDER_KIN:
            return "elder"
        if word in SIBLINGS and i >= 1 and (comparison := comparison_of(doc[i - 1].lower_)):
            return comparison
    return None


def the_one_compared(doc: Doc, bearers: list[Entry], comparison: str, margin: int = 1) -> Entry | None:
    """The namesake `the elder` or `the younger` means: by the ages written after their names when all have one,
    else the one kinship marks so (or, of two, the other when kinship marks only one the opposite way; of more, the
    one unmarked namesake of the gender of the pronoun owning that kinship: `his son`); None when the article does
    not say."""
    if len(bearers) < 2:
        return None
    oldest_or_youngest = by_age([_age(doc, entry) for entry in bearers], comparison)
    if oldest_or_youngest is not None:
        return bearers[oldest_or_youngest]
    kin = [_kin(doc, entry) for entry in bearers]
    marked = [entry for entry, said in zip(bearers, kin) if said == comparison]
    if len(marked) == 1:
        return marked[0]
    if len(bearers) == 2 and kin.count(None) == 1 and not marked:
        return bearers[kin.index(None)]
    return _kin_of_owner(doc, bearers, kin, comparison, margin) if not marked else None


def _kin_of_owner(doc: Doc, bearers: list[Entry], kin: list[str | None], comparison: str, margin: int) -> Entry | None:
    """`Martin Aldridge … his son, Ben Aldridge, … The elder Aldridge's wife, Claire Aldridge`: of three namesakes,
    the one kinship marks the other way (`his son`) has a relative of the owner's gender (`his`); `the elder` is the
    one unmarked namesake of that gender (the wife's gender is stated)."""
    other = [entry for entry, said in zip(bearers, kin) if said is not None]
    if len(other) != 1 or (owner := _kin_owner(doc, other[0])) is None:
        return None
    fitting = [entry for entry, said in zip(bearers, kin) if said is None and entry.gender(margin) in (None, owner)]
    return fitting[0] if len(fitting) == 1 else None


def _kin_owner(doc: Doc, entry: Entry) -> str | None:
    """The gender of the pronoun owning the kinship noun right before one of the full names (`his son, Ben …`)."""
    for start, _ in entry.mentions:
        i = start - 2 if start >= 2 and doc[start - 1].text == "," else start - 1
        if i >= 1 and doc[i - 1].lower_ in OWNER_GENDERS:
            return OWNER_GENDERS[doc[i - 1].lower_]
    return None
