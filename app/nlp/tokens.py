"""Small token-level helpers shared by the components."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .candidates import QuoteCandidate
from .lexicon import cue_patterns

SENTENCE_END = frozenset({".", "!", "?"})


def piece_span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def quote_owner_by_token(doc: Doc, quotes: list[QuoteCandidate], only_kept: bool = False) -> list[int]:
    """Index of the marked quote each token belongs to, or -1; one linear pass for the whole doc."""
    owner = [-1] * len(doc)
    for index, quote in enumerate(quotes):
        if not quote.marked or (only_kept and not quote.keep):
            continue
        for start, end in quote.pieces:
            span = piece_span(doc, start, end)
            if span is not None:
                for i in range(span.start, span.end):
                    owner[i] = index
    return owner


def is_cue(token: Token) -> bool:
    if token.lower_ == "according":
        return token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to"
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in cue_patterns()


def cue_extent(token: Token) -> tuple[int, int]:
    if token.lower_ == "according":
        return token.i, token.i + 2
    return token.i, token.i + 1


def sentence_start(doc: Doc, i: int, limit: int = 80) -> int:
    """Start of the sentence holding token i, looking back at most `limit` tokens (`Token.sent` scans the doc)."""
    stop = max(0, i - limit)
    while i > stop and not doc[i].is_sent_start:
        i -= 1
    return i
