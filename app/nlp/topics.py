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
        spans_by_quote = [[s for s in (piece_span(doc, a, b) for a, b in quote.pieces) if s is not None] for quote in quotes]
        owner = [-1] * len(doc)  # one pass: which quote each token belongs to
        for index, spans in enumerate(spans_by_quote):
            for span in spans:
                owner[span.start : span.end] = [index] * (span.end - span.start)
        found: list[dict[str, None]] = [{} for _ in quotes]
        if max(owner, default=-1) == -1:
            return doc
        for ent in doc.ents:  # `Span.ents` rescans the whole doc, so read the entities once
            index = owner[ent.start]
            if index != -1 and owner[ent.end - 1] == index and ent.label_ in _ENTITY_LABELS:
                text = _entity_text(ent)
                if text:
                    found[index].setdefault(text, None)
        for chunk in doc.noun_chunks:
            index = owner[chunk.start]
            if index != -1 and owner[chunk.end - 1] == index:
                _add_chunk(chunk, found[index])
        for quote, topics in zip(quotes, found):
            quote.topics = tuple(topics)
        return doc


def _add_chunk(chunk: Span, topics: dict[str, None]) -> None:
    words = [t for t in chunk if t.pos_ not in _DROP_POS and not t.is_stop and any(c.isalpha() for c in t.text)]
    head = chunk.doc[chunk.end - 1]  # a noun chunk ends on its root; `Span.root` climbs the tree from every token
    if not words or head.pos_ in ("PRON", "NUM") or head.is_stop:
        return
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
