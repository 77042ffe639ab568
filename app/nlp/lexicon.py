"""Word lists kept as data files so they can be re-mined from annotated news without touching the rules."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).parent / "data"


def read_words(name: str) -> frozenset[str]:
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def read_rows(name: str) -> list[list[str]]:
    """The lower-case, tab-separated rows of a data file, comments and blank lines left out."""
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return [[cell.strip().lower() for cell in line.split("\t")] for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=None)
def reporting_verbs() -> frozenset[str]:
    return read_words("reporting_verbs.txt")


@lru_cache(maxsize=None)
def title_words() -> frozenset[str]:
    return read_words("titles.txt") | read_words("person_titles.txt")


def _read_as_written(name: str) -> frozenset[str]:
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=None)
def title_abbreviations() -> frozenset[str]:
    return _read_as_written("title_abbreviations.txt")


@lru_cache(maxsize=None)
def given_name_abbreviations() -> frozenset[str]:
    return _read_as_written("given_name_abbreviations.txt")


@lru_cache(maxsize=None)
def name_openers() -> frozenset[str]:
    return _read_as_written("name_openers.txt")


@lru_cache(maxsize=None)
def name_suffix_abbreviations() -> frozenset[str]:
    return _read_as_written("name_suffixes.txt")


@lru_cache(maxsize=None)
def direct_quote_verbs() -> frozenset[str]:
    return read_words("direct_quote_verbs.txt")


@lru_cache(maxsize=None)
def honorifics() -> frozenset[str]:
    return read_words("honorifics.txt")


@lru_cache(maxsize=None)
def honorific_pairs() -> frozenset[tuple[str, str]]:
    """(`tan`, `sri`): the second word is an honorific only right after the first (data/honorific_pairs.txt)."""
    return frozenset(tuple(pair.split()) for pair in read_words("honorific_pairs.txt"))


@lru_cache(maxsize=None)
def cue_patterns() -> dict[str, frozenset[str]]:
    """Lemma → dependency relations through which that verb takes reported content (mined, plus `say`-verbs)."""
    patterns: dict[str, set[str]] = {verb: {"ccomp"} for verb in reporting_verbs()}
    for name in ("cue_patterns.tsv", "cue_patterns_manual.tsv"):
        for line in (_DATA / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                lemma, relation = line.split("\t")[:2]
                patterns.setdefault(lemma, set()).add(relation)
    return {lemma: frozenset(relations) for lemma, relations in patterns.items()}


# Nouns naming what an organisation issues: "Israel's letter ... affirming" is Israel speaking.
DOCUMENT_NOUNS = frozenset(
    "letter statement report tweet post email memo release announcement communique communiqué filing "
    "document message note website spokesman spokeswoman spokesperson account".split()
)
# What someone publishes and then speaks through: `Trump released a video that said …` is Trump speaking.
PUBLISHED_NOUNS = frozenset(
    "letter statement report tweet post email e-mail memo release announcement communique communiqué filing document "
    "message note video ad advertisement commercial piece article column op-ed editorial book memoir paper study "
    "survey poll brief text".split()
)
ORGANISATION_NOUNS = frozenset(
    "ministry department agency government police army military company firm court council committee "
    "commission office administration party union bank board authority embassy campaign group team "
    "organisation organization institute university school hospital parliament congress senate house "
    "cabinet regime coalition alliance federation association league club council newspaper network "
    "white_house kremlin pentagon".split()
)
# `Minister for Housing`, `Secretary of State`: the words that join a title to its portfolio, how many tokens the
# portfolio after them holds at most (`for Further and Higher Education`), and the lower-case words a portfolio's own
# name may hold (`Sustainability and the Environment`, `State for Trade & Industry`).
PORTFOLIO_LINKS = frozenset({"for", "of"})
PORTFOLIO_WORDS = 5
PORTFOLIO_JOINS = frozenset({"and", "the", "&"}) | PORTFOLIO_LINKS

# Nouns that report what their owner said or holds: `Trump's claim that …`, `the ministry's warning that …`.
REPORTING_NOUNS = frozenset(
    "claim statement assertion warning argument suggestion belief view insistence promise pledge vow allegation "
    "accusation charge comment remark announcement admission acknowledgment acknowledgement prediction assurance "
    "contention message position concern fear hope conclusion finding assessment".split()
)


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """Any lower-case word list of app/nlp/data by file name, read once."""
    return read_words(name)


def legal_name(words: list[str] | tuple[str, ...]) -> bool:
    """`Veltrona N.V.`, `Hollister Foods Inc.`, `Aldermoor Bank`: a company named by a legal name, its last word a
    corporate suffix (data/corporate_suffixes.txt). The one test of it (entities, name_links, the description
    resolver)."""
    return len(words) > 1 and words[-1].lower() in word_list("corporate_suffixes.txt")
