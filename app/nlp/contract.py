"""The one plain-data contract between the NLP pipeline and everything else.

Storage, the API and the evaluation read quotes only through `extract_quotes(doc)`,
so the database never sees a spaCy `Span` and the pipeline can change freely behind it.
All offsets are character offsets into `doc.text`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from spacy.tokens import Doc

QuoteKind = Literal["direct", "indirect", "mixed"]
SpeakerKind = Literal["person", "organization", "group", "unknown"]


@dataclass(frozen=True, slots=True)
class TextSpan:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ExtractedSpeaker:
    name: str  # canonical: the fullest form the article gives ("Matthew Miller"), role and honorific removed
    kind: SpeakerKind
    role: str | None  # "State Department Spokesperson", never part of `name`
    mention: TextSpan | None  # the mention as written next to the cue ("she", "Miller"), None if not in text


@dataclass(frozen=True, slots=True)
class ExtractedQuote:
    text: str  # quoted content without its quotation marks; pieces joined by " … " when split
    start: int  # start of the first piece
    end: int  # end of the last piece
    spans: tuple[tuple[int, int], ...]  # each piece's [start, end), quotation marks excluded
    kind: QuoteKind
    cue: TextSpan | None
    speaker: ExtractedSpeaker | None
    confidence: float  # in [0, 1]; ranks correct attributions above wrong ones
    topics: tuple[str, ...]  # normalised (lemma, lower case), no duplicates


def extract_quotes(doc: "Doc") -> list[ExtractedQuote]:
    """Freeze the pipeline's findings on `doc` into plain data, in text order."""
    from app.nlp.extensions import QUOTES

    text = doc.text
    extracted: list[ExtractedQuote] = []
    for quote in doc._.get(QUOTES) or []:
        spans = tuple((start, end) for start, end in quote.pieces)
        cue = None
        if quote.cue is not None and quote.attribution != "pull_quote":
            cue_span = doc[quote.cue[0] : quote.cue[1]]
            cue = TextSpan(cue_span.text, cue_span.start_char, cue_span.end_char)
        speaker = None
        if quote.speaker is not None and quote.speaker_name:
            mention = None
            if quote.attribution != "pull_quote":
                span = doc[quote.speaker[0] : quote.speaker[1]]
                mention = TextSpan(span.text, span.start_char, span.end_char)
            speaker = ExtractedSpeaker(name=quote.speaker_name, kind=quote.speaker_kind, role=quote.role, mention=mention)
        extracted.append(
            ExtractedQuote(
                text=" … ".join(text[start:end] for start, end in spans),
                start=spans[0][0],
                end=spans[-1][1],
                spans=spans,
                kind=quote.kind,
                cue=cue,
                speaker=speaker,
                confidence=quote.confidence,
                topics=quote.topics,
            )
        )
    extracted.sort(key=lambda quote: (quote.start, quote.end))
    return extracted
