"""Word lists about people that the entity table and the identity component read, kept as data files."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import cue_patterns, read_words, reporting_verbs


def _pairs(name: str) -> dict[str, str]:
    """`word<TAB>value` lines of a data file, lower case."""
    return dict(line.split("\t")[:2] for line in read_words(name))


@lru_cache(maxsize=None)
def gender_words() -> dict[str, str]:
    """Honorifics and role words that state a gender (`Mrs.`, `spokeswoman`) → "female" | "male"."""
    return _pairs("gender_words.tsv")


@lru_cache(maxsize=None)
def pronoun_agreement() -> dict[str, str]:
    """Pronoun → what it can stand for: "female", "male", "person", "plural" or "thing"."""
    return _pairs("pronouns.tsv")


@lru_cache(maxsize=None)
def document_nouns() -> frozenset[str]:
    """Nouns for something written or measured that speaks for whoever stands behind it (`poll`, `statement`)."""
    return frozenset(line.split("\t")[0] for line in read_words("document_nouns.txt"))


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
