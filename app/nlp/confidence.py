"""Decides which quotations to report and how much to trust each attribution.

Scare quotes and titles (`the so-called “axis”`, `“Saturday Night Live”`) are quotation marks nobody spoke
through, so a short quote without a cue or speaker is dropped. The confidence reflects how the speaker was
found: a named subject of a governing reporting verb is far safer than a speaker carried over from a
neighbouring paragraph.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .candidates import QuoteCandidate
from .extensions import QUOTES

# Base confidence per attribution rule, set near each rule's precision on PolNeAR train (content matched).
_BASE = {
    "governing": 0.9,
    "window": 0.65,
    "according": 0.75,
    "indirect": 0.82,
    "dash": 0.8,
    "headline": 0.6,
    "previous_sentence": 0.5,
    "colon": 0.7,
    "colon_name": 0.6,
    "continuation": 0.6,
    "pull_quote": 0.6,
    "none": 0.1,
}
_KIND_FACTOR = {"person": 1.0, "organization": 0.95, "group": 0.9, "unknown": 0.7}
_MIN_UNATTRIBUTED_WORDS = 8


@Language.factory(
    "quotewise_confidence",
    requires=["doc._.quotewise_quotes"],
    assigns=["doc._.quotewise_quotes"],
)
def make_confidence(nlp: Language, name: str) -> "Confidence":
    return Confidence()


class Confidence:
    def __call__(self, doc: Doc) -> Doc:
        quotes: list[QuoteCandidate] = doc._.get(QUOTES) or []
        text = doc.text  # rebuilt from the tokens on every access
        for quote in quotes:
            quote.keep = quote.keep and should_report(text, quote)
            quote.confidence = attribution_confidence(doc, quote)
        doc._.set(QUOTES, [quote for quote in quotes if quote.keep])
        return doc


def should_report(text: str, quote: QuoteCandidate) -> bool:
    if not quote.marked:
        return quote.speaker is not None
    if quote.speaker is not None:
        return True
    words = sum(len(text[start:end].split()) for start, end in quote.pieces)
    return words >= _MIN_UNATTRIBUTED_WORDS and quote.kind == "direct"


def attribution_confidence(doc: Doc, quote: QuoteCandidate) -> float:
    if quote.speaker is None:
        return 0.1
    score = _BASE.get(quote.attribution, 0.5) * _KIND_FACTOR.get(quote.speaker_kind, 0.7)
    mention = doc[quote.speaker[0] : quote.speaker[1]]
    if quote.speaker_name and quote.speaker_kind == "person" and len(quote.speaker_name.split()) >= 2:
        score += 0.05
    if len(mention) == 1 and mention[0].pos_ == "PRON":
        score -= 0.08
    return round(max(0.0, min(1.0, score)), 3)
