"""Cutting an article's text into the pieces the article page marks: quotes (one colour per speaker), cues and the
speakers' mentions, and after each quote its speaker's name. The template escapes every piece."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from app.schemas import QuoteOut

PALETTE_SIZE = 8
LOW_CONFIDENCE = 0.75  # below this an unreviewed quote is flagged for the editor


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    quote: QuoteOut | None = None  # the quote this piece is part of
    colour: int | None = None  # palette index of its speaker
    cue: bool = False
    mention: bool = False
    label: str | None = None  # a speaker-name label (an empty text piece placed after a quote)
    label_for: int | None = None  # the quote id the label belongs to


def speaker_colours(quotes: Sequence[QuoteOut]) -> dict[int | None, int]:
    """Palette index per speaker id in order of first quote, so that the speakers of one article differ."""
    colours: dict[int | None, int] = {}
    for quote in sorted(quotes, key=lambda q: q.start):
        key = quote.speaker.id if quote.speaker else None
        colours.setdefault(key, len(colours) % PALETTE_SIZE)
    return colours


def is_low_confidence(quote: QuoteOut) -> bool:
    return quote.status == "unreviewed" and quote.confidence < LOW_CONFIDENCE


def pieces(text: str, quotes: Sequence[QuoteOut], colours: dict[int | None, int]) -> list[Piece]:
    """The text cut at every quote, cue and mention boundary. Each span marks the pieces it covers (found by
    bisection), so the cost follows the pieces each quote covers rather than pieces × quotes: an article may hold
    thousands of quotes."""
    # Visible quotes first, so that where a rejected quote and an editor's quote overlap, the editor's is shown.
    ordered = sorted(quotes, key=lambda q: (q.status == "rejected", q.start))
    cuts = {0, len(text)}
    for quote in quotes:
        for start, end in quote.spans:
            cuts |= {start, end}
        for span in (quote.cue, quote.speaker.mention if quote.speaker else None):
            if span is not None:
                cuts |= {span.start, span.end}
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))

    def covered(start: int, end: int) -> range:
        """The pieces [bounds[i], bounds[i + 1]) that lie within [start, end)."""
        return range(bisect_left(bounds, start), bisect_left(bounds, end))

    owners: list[QuoteOut | None] = [None] * (len(bounds) - 1)
    is_cue = [False] * len(owners)
    is_mention = [False] * len(owners)
    for quote in reversed(ordered):  # the first quote in `ordered` is written last, so it owns the piece
        for start, end in quote.spans:
            for i in covered(start, end):
                owners[i] = quote
    for quote in quotes:
        marks = ((quote.cue, is_cue), (quote.speaker.mention if quote.speaker else None, is_mention))
        for span, flags in marks:
            if span is not None:
                for i in covered(span.start, span.end):
                    flags[i] = True
    labels_at: dict[int, list[QuoteOut]] = {}
    for quote in ordered:
        labels_at.setdefault(quote.end, []).append(quote)
    result: list[Piece] = []
    for i, (start, end) in enumerate(zip(bounds, bounds[1:])):
        owner = owners[i]
        result.append(Piece(
            text=text[start:end],
            quote=owner,
            colour=colours[owner.speaker.id if owner.speaker else None] if owner else None,
            cue=is_cue[i],
            mention=is_mention[i],
        ))
        for quote in labels_at.get(end, []):
            name = quote.speaker.name if quote.speaker else "nobody"
            result.append(Piece(text="", label=name, label_for=quote.id,
                                colour=colours[quote.speaker.id if quote.speaker else None]))
    return result
