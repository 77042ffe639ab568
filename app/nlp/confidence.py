"""Decides which quotations to report and how much to trust each attribution's speaker name.

Scare quotes and titles (`the so-called “axis”`, `“Saturday Night Live”`) are quotation marks nobody spoke
through, so a short quote without a cue or speaker is dropped. The confidence of a reported quote is the measured
precision of its speaker name for the way it was found — the attribution rule and how identity resolved the
mention (a named subject of a governing verb is far safer than a pronoun carried from a paragraph away) — read
from app/nlp/data/confidence.tsv, which `python -m app.nlp.calibrate` writes from annotated news.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .candidates import QuoteCandidate
from .extensions import QUOTES, doc_text

TABLE = Path(__file__).parent / "data" / "confidence.tsv"


@Language.factory(
    "quotewise_confidence",
    requires=["doc._.quotewise_quotes"],
    assigns=["doc._.quotewise_quotes"],
    default_config={"table": "confidence.tsv", "min_quotes": 10, "unattributed": 0.1, "min_unattributed_words": 8},
)
def make_confidence(nlp: Language, name: str, table: str, min_quotes: int, unattributed: float, min_unattributed_words: int) -> "Confidence":
    return Confidence(load_table(str(TABLE.parent / table), min_quotes), unattributed, min_unattributed_words)


@lru_cache(maxsize=None)
def load_table(path: str, min_quotes: int = 10) -> dict[tuple[str, str], float]:
    """(rule, via) → measured precision; pairs seen fewer than `min_quotes` times fall back to their rule (`*`)."""
    table: dict[tuple[str, str], float] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        rule, via, precision, quotes = line.split("\t")
        if via == "*" or int(quotes) >= min_quotes:
            table[(rule, via)] = float(precision)
    return table


class Confidence:
    def __init__(self, table: dict[tuple[str, str], float], unattributed: float = 0.1, min_unattributed_words: int = 8) -> None:
        self.table, self.unattributed, self.min_unattributed_words = table, unattributed, min_unattributed_words

    def __call__(self, doc: Doc) -> Doc:
        quotes: list[QuoteCandidate] = doc._.get(QUOTES) or []
        text = doc_text(doc)
        for quote in quotes:
            quote.keep = quote.keep and should_report(text, quote, self.min_unattributed_words)
            quote.confidence = self.confidence(quote)
        doc._.set(QUOTES, [quote for quote in quotes if quote.keep])
        return doc

    def confidence(self, quote: QuoteCandidate) -> float:
        if quote.speaker is None or quote.resolved is None or not quote.resolved.name:
            return self.unattributed
        found = self.table.get((quote.attribution, quote.resolved.via), self.table.get((quote.attribution, "*"), 0.5))
        return round(max(0.0, min(1.0, found)), 3)


def should_report(text: str, quote: QuoteCandidate, min_unattributed_words: int = 8) -> bool:
    if not quote.marked:
        return quote.speaker is not None
    if quote.speaker is not None:
        return True
    words = sum(len(text[start:end].split()) for start, end in quote.pieces)
    return words >= min_unattributed_words and quote.kind == "direct"
