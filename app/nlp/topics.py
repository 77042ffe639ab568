"""Indexes each quote by the entities and noun phrases it mentions, normalised so queries match word forms.

Each phrase is stored both whole ("iran-backed militia") and by its head lemma ("militia"), which is what a
reader searching `topic=militia` expects to find.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .candidates import QuoteCandidate
from .extensions import QUOTES
from .tokens import piece_span

_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"})
_DROP_POS = frozenset({"DET", "PRON", "NUM", "PUNCT", "SPACE", "ADP", "CCONJ", "SCONJ", "PART", "AUX", "SYM", "X"})


@Language.factory(
    "quotewise_topics",
    requires=["doc._.quotewise_quotes", "doc.ents", "token.lemma"],
    assigns=["doc._.quotewise_quotes"],
)
def make_topics(nlp: Language, name: str) -> "Topics":
    return Topics()


class Topics:
    def __call__(self, doc: Doc) -> Doc:
        quotes: list[QuoteCandidate] = doc._.get(QUOTES) or []
        if not quotes:
            return doc
        chunks = list(doc.noun_chunks)
        for quote in quotes:
            topics: dict[str, None] = {}
            for start, end in quote.pieces:
                span = piece_span(doc, start, end)
                if span is not None:
                    _add_topics(span, chunks, topics)
            quote.topics = tuple(topics)
        return doc


def _add_topics(span: Span, chunks: list[Span], topics: dict[str, None]) -> None:
    for ent in span.ents:
        if ent.label_ in _ENTITY_LABELS:
            text = _entity_text(ent)
            if text:
                topics.setdefault(text, None)
    for chunk in chunks:
        if chunk.start < span.start or chunk.end > span.end:
            continue
        words = [t for t in chunk if t.pos_ not in _DROP_POS and not t.is_stop and any(c.isalpha() for c in t.text)]
        if not words:
            continue
        head = chunk.root
        if head.pos_ in ("PRON", "NUM") or head.is_stop:
            continue
        phrase = _phrase(chunk, words)
        if phrase:
            topics.setdefault(phrase, None)
        if head.ent_type_ not in _ENTITY_LABELS and head.lemma_.isalpha():
            topics.setdefault(head.lemma_.lower(), None)


def _entity_text(ent: Span) -> str:
    tokens = [t for t in ent if t.tag_ != "POS" and t.pos_ != "DET"]
    return "".join(t.text_with_ws for t in tokens).strip().lower()


def _phrase(chunk: Span, words) -> str:
    """Lemmatise the nouns only and keep the article's hyphenation (`iran-backed militia`)."""
    kept = set(t.i for t in words)
    parts: list[str] = []
    for token in chunk:
        if token.i in kept:
            form = token.lemma_.lower() if token.pos_ == "NOUN" else token.lower_
            glued = parts and parts[-1].endswith("-")
            parts.append(form if glued or not parts else " " + form)
        elif token.text == "-" and not token.whitespace_ and token.i - 1 in kept and parts:
            parts.append("-")
    phrase = "".join(parts).strip(" -")
    return phrase if all(ch.isalnum() or ch in " -.'&" for ch in phrase) else ""
