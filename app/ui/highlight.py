"""Cutting an article's text into the pieces the article page marks: quotes (one colour per speaker), cues and the
speakers' mentions, and after each quote its speaker's name. The template escapes every piece."""

from __future__ import annotations

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


def pieces(text: str, quotes: Sequence[QuoteOut]) -> list[Piece]:
    colours = speaker_colours(quotes)
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
    labels_at: dict[int, list[QuoteOut]] = {}
    for quote in ordered:
        labels_at.setdefault(quote.end, []).append(quote)
    result: list[Piece] = []
    for start, end in zip(bounds, bounds[1:]):
        owner = next((q for q in ordered if any(s <= start and end <= e for s, e in q.spans)), None)
        result.append(Piece(
            text=text[start:end],
            quote=owner,
            colour=colours[owner.speaker.id if owner.speaker else None] if owner else None,
            cue=any(q.cue and q.cue.start <= start and end <= q.cue.end for q in quotes),
            mention=any(q.speaker and q.speaker.mention and q.speaker.mention.start <= start
                        and end <= q.speaker.mention.end for q in quotes),
        ))
        for quote in labels_at.get(end, []):
            name = quote.speaker.name if quote.speaker else "nobody"
            result.append(Piece(text="", label=name, label_for=quote.id,
                                colour=colours[quote.speaker.id if quote.speaker else None]))
    return result
