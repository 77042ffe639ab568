"""The one plain-data contract between the NLP pipeline and everything else.

Storage, the API and the evaluation read an analysis only through `extract_analysis(doc)` (or its quotes through
`extract_quotes(doc)`), so the database never sees a spaCy `Span` and the pipeline can change freely behind it.
All offsets are character offsets into `doc.text`. Enums are `StrEnum`s, so they store and serialise as their
plain string values.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


class QuoteKind(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"  # several people, named ("Ann Ortiz and Bill Crane") or not ("officials")
    DOCUMENT = "document"  # a poll, report or statement the article names nobody behind
    UNKNOWN = "unknown"


class Gender(StrEnum):
    """Only as the text states it (pronouns that corefer, honorifics, gendered role words), never guessed."""

    FEMALE = "female"
    MALE = "male"


class AttributionRule(StrEnum):
    """How the pipeline found the speaker of a quote; each rule has its own measured precision."""

    GOVERNING = "governing"  # the subject of the reporting verb that governs the quote
    WINDOW = "window"  # a reporting verb next to the quote, not syntactically linked
    ACCORDING = "according"  # `according to X`
    INDIRECT = "indirect"  # reported speech: `X said that …`
    DASH = "dash"  # `“…” — X`
    HEADLINE = "headline"  # `X: “…”` in a headline
    PREVIOUS_SENTENCE = "previous_sentence"  # the reporting verb of the sentence before
    OPENING_QUOTE = "opening_quote"  # a feature's uncued opening quotation: the next paragraph's subject
    COLON = "colon"  # `X said: “…”`
    COLON_NAME = "colon_name"  # `X on Twitter: “…”`
    CONTINUATION = "continuation"  # a quote paragraph going on in the previous speaker's voice
    PULL_QUOTE = "pull_quote"  # the same words quoted elsewhere in the article
    NONE = "none"  # nobody found


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
    gender: Gender | None = None  # as the article states it, else None
    members: tuple[str, ...] = ()  # for a group of named people ("Ann Ortiz and Bill Crane"): each one's name
    named: bool = True  # False for an unnamed description ("a senior official") or an unresolved pronoun
    entity: int | None = None  # index into `ExtractedAnalysis.entities`, when resolved to an entity of the article


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
    rule: AttributionRule = AttributionRule.NONE


@dataclass(frozen=True, slots=True)
class ExtractedEntity:
    """One person, organisation or group the article mentions, from the article's entity table."""

    name: str  # the fullest name the article writes
    kind: SpeakerKind
    aliases: tuple[str, ...]  # other forms written: surname, title + surname, acronym, possessive-free forms
    roles: tuple[str, ...]  # descriptions and roles the article attaches to it, most complete first
    gender: Gender | None  # as the text states it, else None
    plural: bool  # a group or several people
    mentions: tuple[TextSpan, ...]  # where the article mentions it, in text order


@dataclass(frozen=True, slots=True)
class ExtractedAnalysis:
    quotes: tuple[ExtractedQuote, ...]  # in text order
    entities: tuple[ExtractedEntity, ...]  # in order of first mention


def extract_analysis(doc: "Doc") -> ExtractedAnalysis:
    """Freeze the pipeline's findings on `doc` into plain data."""
    from app.nlp.extensions import ENTITIES

    entities = tuple(doc._.get(ENTITIES) or ())
    return ExtractedAnalysis(quotes=tuple(extract_quotes(doc)), entities=entities)


def extract_quotes(doc: "Doc") -> list[ExtractedQuote]:
    """Freeze the pipeline's quotes on `doc` into plain data, in text order."""
    from app.nlp.extensions import QUOTES, doc_text

    text = doc_text(doc)
    extracted: list[ExtractedQuote] = []
    for quote in doc._.get(QUOTES) or []:
        spans = tuple((start, end) for start, end in quote.pieces)
        cue = None
        if quote.cue is not None and quote.attribution != AttributionRule.PULL_QUOTE:
            cue = _text_span(doc, text, *quote.cue)
        speaker = None
        resolved = quote.resolved
        if quote.speaker is not None and resolved is not None and resolved.name:
            mention = None
            if quote.attribution != AttributionRule.PULL_QUOTE:
                mention = _text_span(doc, text, *quote.speaker)
            speaker = ExtractedSpeaker(
                name=resolved.name,
                kind=SpeakerKind(resolved.kind),
                role=resolved.role,
                mention=mention,
                gender=Gender(resolved.gender) if resolved.gender else None,
                members=tuple(resolved.members),
                named=resolved.named,
                entity=resolved.entity,
            )
        extracted.append(
            ExtractedQuote(
                text=" … ".join(text[start:end] for start, end in spans),
                start=spans[0][0],
                end=spans[-1][1],
                spans=spans,
                kind=QuoteKind(quote.kind),
                cue=cue,
                speaker=speaker,
                confidence=quote.confidence,
                topics=quote.topics,
                rule=AttributionRule(quote.attribution),
            )
        )
    extracted.sort(key=lambda quote: (quote.start, quote.end))
    return extracted


def _text_span(doc: "Doc", text: str, start: int, end: int) -> TextSpan:
    """Tokens [start, end) as a TextSpan, their text cut from the Doc's text (`Span.text` joins the tokens anew)."""
    if end <= start:
        span = doc[start:end]
        return TextSpan(span.text, span.start_char, span.end_char)
    first, last = doc[start], doc[end - 1]
    start_char, end_char = first.idx, last.idx + len(last)
    return TextSpan(text[start_char:end_char], start_char, end_char)
