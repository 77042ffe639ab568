"""Word lists about people that the entity table and the identity component read, kept as data files."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .lexicon import cue_patterns, reporting_verbs

_DATA = Path(__file__).parent / "data"


def _rows(name: str) -> list[list[str]]:
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip().split("\t") for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=None)
def gender_words() -> dict[str, str]:
    """Honorifics and role words that state a gender (`Mrs.`, `spokeswoman`) → "female" | "male"."""
    return {word.lower(): gender for word, gender in _rows("gender_words.tsv")}


@lru_cache(maxsize=None)
def pronoun_agreement() -> dict[str, str]:
    """Pronoun → what it can stand for: "female", "male", "person", "plural" or "thing"."""
    return {word.lower(): agreement for word, agreement in _rows("pronouns.tsv")}


@lru_cache(maxsize=None)
def document_nouns() -> frozenset[str]:
    """Nouns for something written or measured that speaks for whoever stands behind it (`poll`, `statement`)."""
    return frozenset(row[0].lower() for row in _rows("document_nouns.txt"))


@lru_cache(maxsize=None)
def reporting_forms() -> frozenset[str]:
    """Inflected reporting verbs (`says`, `warned`), which end a title-case name run in a headline (`Obama Says`)."""
    forms: set[str] = set()
    for verb in set(reporting_verbs()) | set(cue_patterns()):
        stem = verb[:-1] if verb.endswith("e") else verb
        forms.update({verb + "s", verb + "es", stem + "ed", verb + "d"})
        if verb.endswith("y"):
            forms.update({verb[:-1] + "ies", verb[:-1] + "ied"})
    forms.update({"said", "says", "told", "tells", "wrote", "writes", "thinks", "thought", "explains", "slams", "blasts", "rips"})
    return frozenset(forms)
