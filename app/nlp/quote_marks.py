"""Pairs quotation marks in the raw text, before any parse, so a stray mark cannot derail the grammar rules.

Only double marks (straight or curly) delimit quotes: single marks double as apostrophes (`the workers’ union`)
and as nested quotes, so they are ignored. Pairing restarts at every paragraph, which limits the damage of an
unbalanced mark to its own paragraph, except for the newsroom convention that a quote running over several
paragraphs repeats its opening mark at each paragraph and closes only at the end.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .candidates import QuoteCandidate
from .extensions import QUOTES, doc_text

OPENING = "“«„"
CLOSING = "”»"
STRAIGHT = '"'
_OPENS_BEFORE = set(" \t\n([{—–-/")
_PARAGRAPH_BREAK = re.compile(r"\n")


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def _is_opening(text: str, pos: int, para_start: int) -> bool:
    char = text[pos]
    if char in OPENING:
        return True
    if char in CLOSING:
        return False
    return pos == para_start or text[pos - 1] in _OPENS_BEFORE


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _starts_with_opening(text: str, start: int, end: int) -> bool:
    start, end = _trimmed(text, start, end)
    return start < end and (text[start] in OPENING or text[start] == STRAIGHT or text.startswith(("''", "``"), start))


# `"PENCE: Well, look, …` — a transcript opens each turn with a mark and the speaker in capitals, and never
# closes it: the next turn is another speaker, not the same quote going on.
_TRANSCRIPT_LABEL = re.compile(r"\s*(?:[“\"«„]|''|``)\s*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}:\s")
_MARKS = re.compile(r"''|``|[“”«»„\"]")


def pair_quote_marks(text: str) -> list[tuple[list[tuple[int, int]], int, bool]]:
    """Return (pieces, paragraph index, closed) per quotation; a multi-paragraph quote has one piece per paragraph.

    Doubled apostrophes and backticks (`''…''`, ``` ``…'' ```) from converted newswire count as double marks.
    """
    quotes: list[tuple[list[tuple[int, int]], int, bool]] = []
    running: list[tuple[int, int]] | None = None  # pieces of a quote still open at the previous paragraph end
    running_paragraph = 0
    bounds = paragraph_bounds(text)
    for index, (para_start, para_end) in enumerate(bounds):
        if not text[para_start:para_end].strip():
            continue
        if running is not None and (
            not _starts_with_opening(text, para_start, para_end) or _TRANSCRIPT_LABEL.match(text, para_start, para_end)
        ):
            # The quote never closed and does not continue (or a transcript's next speaker takes the floor):
            # keep what its own paragraph held.
            quotes.append((running, running_paragraph, False))
            running = None
        open_at: int | None = None
        open_width = 1
        for match in _MARKS.finditer(text, para_start, para_end):
            pos, mark = match.start(), match.group()
            opening = mark == "``" or (mark != "''" and _is_opening(text, pos, para_start)) or (
                mark == "''" and (pos == para_start or text[pos - 1] in _OPENS_BEFORE)
            )
            straight = mark in (STRAIGHT, "''")
            if opening:
                if open_at is not None and straight:
                    _close(text, quotes, running, running_paragraph, open_at + open_width, pos, index, para_start)
                    running, open_at = None, None
                    continue
                open_at, open_width = pos, len(mark)  # a second opening mark restarts the quote
            elif open_at is not None:
                _close(text, quotes, running, running_paragraph, open_at + open_width, pos, index, para_start)
                running, open_at = None, None
        if open_at is not None:
            piece = _trimmed(text, open_at + open_width, para_end)
            if piece[0] < piece[1]:
                if running is None:
                    running, running_paragraph = [piece], index
                else:
                    running.append(piece)
        elif running is not None:
            quotes.append((running, running_paragraph, False))
            running = None
    if running is not None:
        quotes.append((running, running_paragraph, False))
    quotes.sort(key=lambda quote: quote[0][0][0])
    return quotes


_SINGLE_CLOSE_AFTER = re.compile(r"\s*(?:[,.;:!?)\]—–-]|$)")


def pair_single_quote_marks(text: str) -> list[tuple[list[tuple[int, int]], int, bool]]:
    """For outlets that quote with single marks (`‘We will win,’ he said`), used when a text has no double marks.

    An apostrophe inside a word (`don’t`) never closes, and a closing mark must follow punctuation or be followed
    by it, so a plural possessive (`the workers’ union`) does not end a quote. Unclosed quotes are dropped.
    """
    quotes: list[tuple[list[tuple[int, int]], int, bool]] = []
    for index, (para_start, para_end) in enumerate(paragraph_bounds(text)):
        open_at: int | None = None
        for pos in range(para_start, para_end):
            char = text[pos]
            if char not in "‘’'":
                continue
            before = text[pos - 1] if pos > para_start else " "
            after = text[pos + 1] if pos + 1 < para_end else " "
            if open_at is None:
                if char in "‘'" and (before.isspace() or before in "([{—–-“") and not after.isspace():
                    open_at = pos
                continue
            if before.isalpha() and after.isalpha():
                continue  # an apostrophe inside a word
            if before in ",.!?…—–-" or _SINGLE_CLOSE_AFTER.match(text, pos + 1, para_end):
                piece = _trimmed(text, open_at + 1, pos)
                if piece[0] < piece[1]:
                    quotes.append(([piece], index, True))
                open_at = None
    return quotes


def _close(text, quotes, running, running_paragraph, content_start, close_at, index, para_start) -> None:
    piece = _trimmed(text, content_start, close_at)
    opens_paragraph = not text[para_start:content_start].strip(" \t“\"«„`'")
    if running is not None and opens_paragraph:
        pieces = running + ([piece] if piece[0] < piece[1] else [])
        quotes.append((pieces, running_paragraph, True))
    elif piece[0] < piece[1]:
        if running is not None:
            quotes.append((running, running_paragraph, False))
        quotes.append(([piece], index, True))


@Language.factory(
    "quotewise_quote_spans",
    assigns=["doc._.quotewise_quotes"],
)
def make_quote_spans(nlp: Language, name: str) -> "QuoteSpans":
    return QuoteSpans()


class QuoteSpans:
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if any(mark in text for mark in ("“", "”", '"', "«", "»", "''")):
            pairs = pair_quote_marks(text)
        else:
            pairs = pair_single_quote_marks(text)
        quotes = merge_split_quotes(text, pairs)
        doc._.set(QUOTES, [QuoteCandidate(pieces=pieces, paragraph=paragraph) for pieces, paragraph, _ in quotes])
        return doc


_SENTENCE_END = re.compile(r"[.!?;:]")
_ABBREVIATION = re.compile(r"\b(?:[A-Z][a-z]{0,3}\.|(?:[A-Z]\.)+)")  # Mr. Sen. U.S. end no sentence


def merge_split_quotes(text: str, quotes: list[tuple[list[tuple[int, int]], int, bool]]):
    """Join `“…,” she added, “…”` into one quote: the cue interrupts a sentence that the second piece completes."""
    merged: list[tuple[list[tuple[int, int]], int, bool]] = []
    for quote in quotes:
        if merged:
            previous_pieces, paragraph, closed = merged[-1]
            first_end = previous_pieces[-1][1]
            second_start = quote[0][0][0]
            between = text[first_end:second_start]
            gap = between.strip(" ”\"“'`‘’")
            if (
                quote[1] == paragraph
                and len(quote[0]) == 1
                and "\n" not in between
                and text[first_end - 1] in ",—–-"
                and gap.endswith(",") | gap.endswith("—") | gap.endswith(":")
                and not _SENTENCE_END.search(_ABBREVIATION.sub("", gap.rstrip(",:—")))
                and 0 < len(gap.split()) <= 12
            ):
                merged[-1] = (previous_pieces + quote[0], paragraph, closed and quote[2])
                continue
        merged.append(quote)
    return merged
