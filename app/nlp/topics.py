"""Indexes each quote by the entities and noun phrases it mentions, normalised so queries match word forms.

Each phrase is stored both whole ("iran-backed militia") and by its head lemma ("militia"), which is what a
reader searching `topic=militia` expects to find.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, POS
from spacy.lang.en import syntax_iterators as english_syntax
from spacy.language import Language
from spacy.symbols import NOUN, PRON, PROPN
from spacy.tokens import Doc, Span, Token

from .candidates import QuoteCandidate
from .extensions import QUOTES
from .token_ranges import tokens_between
from .tokens import piece_span

_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"})
_NOUN_PHRASE_DEPS = ("oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT")
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
        for start, end in noun_chunk_bounds(doc):
            index = owner[start]
            if index != -1 and owner[end - 1] == index:
                _add_chunk(doc, start, end, found[index])
        for quote, topics in zip(quotes, found):
            quote.topics = tuple(topics)
        return doc


def noun_chunk_bounds(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) of each of `doc.noun_chunks`. spaCy's English iterator reads `word.pos` through a Token
    object for every token of the article; this reads the tags as arrays and looks at nouns and pronouns only, by
    the same rules as spacy/lang/en/syntax_iterators.py (a chunk per noun, proper noun or pronoun in a noun-phrase
    role, or coordinated to one, none nested in the previous one). Other languages' iterators run as they are."""
    if doc.vocab.get_noun_chunks is not english_syntax.noun_chunks or not doc.has_annotation("DEP"):
        return [(chunk.start, chunk.end) for chunk in doc.noun_chunks]
    strings = doc.vocab.strings
    np_deps = {strings.add(label) for label in _NOUN_PHRASE_DEPS}
    conj = strings.add("conj")
    tags = doc.to_array([POS, DEP])
    deps = tags[:, 1].tolist()
    bounds: list[tuple[int, int]] = []
    previous_end = -1
    tag = tags[:, 0]  # compared three times: `numpy.isin` costs more on an article's few thousand tokens
    for i in numpy.flatnonzero((tag == NOUN) | (tag == PROPN) | (tag == PRON)).tolist():
        word = doc[i]
        left = word.left_edge.i
        if left <= previous_end:
            continue
        if deps[i] not in np_deps:
            if deps[i] != conj:
                continue
            head = word.head
            while head.dep == conj and head.head.i < head.i:
                head = head.head
            if head.dep not in np_deps:
                continue
        previous_end = i
        bounds.append((left, i + 1))
    return bounds


def _add_chunk(doc: Doc, start: int, end: int, topics: dict[str, None]) -> None:
    head = doc[end - 1]  # a noun chunk ends on its root; `Span.root` climbs the tree from every token
    if head.pos_ in ("PRON", "NUM") or head.is_stop:  # `he`, `it`: read before the words, which cost more
        return
    chunk = tokens_between(doc, start, end)  # the tokens, not a Span: building one costs more than reading them
    words = [t for t in chunk if t.pos_ not in _DROP_POS and not t.is_stop and any(c.isalpha() for c in t.text)]
    if not words:
        return
    phrase = _phrase(chunk, words)
    if phrase:
        topics.setdefault(phrase, None)
    if head.ent_type_ not in _ENTITY_LABELS and head.lemma_.isalpha():
        topics.setdefault(head.lemma_.lower(), None)


def _entity_text(ent: Span) -> str:
    tokens = [t for t in ent if t.tag_ != "POS" and t.pos_ != "DET"]
    return "".join(t.text_with_ws for t in tokens).strip().lower()


def _phrase(chunk: list[Token], words) -> str:
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
