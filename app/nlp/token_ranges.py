"""Tokens of a range, and per-Doc positions, read without building spaCy `Span` or `Token` objects.

`doc[start:end]` builds a Span, which costs more than reading a few tokens, and iterating it makes each Token
through the Span again; the rules read short ranges (a name, the words before it) tens of thousands of times per
article, so they take the tokens by index instead. Whole-article facts (where paragraphs break, each token's head)
are read from the token texts or one array and kept on the Doc as plain ints.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

import numpy
from spacy.attrs import HEAD, IDX, LENGTH, POS
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc, Token

from .extensions import doc_text
from .tokens import token_texts

_BREAKS = "quotewise_paragraph_break_tokens"
_OFFSETS = "quotewise_token_offsets"
_HEADS = "quotewise_head_indices"


def tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens of `doc[start:end]` for 0 <= start and end <= len(doc); none when end <= start, as the slice."""
    return [doc[i] for i in range(start, end)]


def span_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` for 0 <= start < end <= len(doc), cut from the Doc's text at the tokens' offsets
    without the Span (~3 µs to build) that would join its tokens' texts anew."""
    if not 0 <= start < end <= len(doc):
        return doc[start:end].text
    starts, ends = token_offsets(doc)
    return doc_text(doc)[starts[start] : ends[end - 1]]


def tokens_tagged(doc: Doc, tags: tuple[str, ...]) -> Iterator[Token]:
    """The tokens whose `pos_` is one of `tags`, in order: the tags are read from one array, so that a scan of the
    article for nouns makes Token objects for its nouns only, one at a time (a list of them all would hold
    hundreds of Token objects at once, and freeing them costs the next component fresh memory)."""
    if not len(doc):
        return iter(())
    pos = doc.to_array(POS)
    wanted = numpy.zeros(len(doc), dtype=bool)
    for tag in tags:  # compared one by one: `numpy.isin` costs more on an article's few thousand tokens
        wanted |= pos == IDS[tag]
    return map(doc.__getitem__, numpy.flatnonzero(wanted).tolist())


def token_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """Each token's first character and the character after its last (`token.idx`, `token.idx + len(token)`),
    from one array, kept on the Doc: `doc[i].idx` makes a Token object per read."""
    cached = doc.user_data.get(_OFFSETS)
    if cached is not None and len(cached[0]) == len(doc):
        return cached
    bounds = doc.to_array([IDX, LENGTH]).astype(numpy.int64) if len(doc) else numpy.zeros((0, 2), dtype=numpy.int64)
    starts = bounds[:, 0].tolist()
    offsets = doc.user_data[_OFFSETS] = (starts, (bounds[:, 0] + bounds[:, 1]).tolist())
    return offsets


def token_range(doc: Doc, start_char: int, end_char: int) -> tuple[int, int] | None:
    """The token range of `doc.char_span(start_char, end_char, alignment_mode="expand")`, or None as it gives. Offsets
    on token bounds (every mention in the entity table) are looked up in the token offsets; others go to
    `char_span`, whose Span costs more than the look-up."""
    starts, ends = token_offsets(doc)
    first, last = bisect_left(starts, start_char), bisect_left(ends, end_char)
    if first < len(starts) and last < len(ends) and starts[first] == start_char and ends[last] == end_char and first <= last:
        return first, last + 1
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    return (span.start, span.end) if span is not None else None


def paragraph_breaks(doc: Doc) -> list[int]:
    """Positions of the white-space tokens that hold a line break (`token.is_space and "\\n" in token.text`), in
    order, from the token texts: a scan of the Doc's tokens makes a Token object per token."""
    cached = doc.user_data.get(_BREAKS)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    breaks = [i for i, text in enumerate(token_texts(doc)) if "\n" in text and text.isspace()]
    doc.user_data[_BREAKS] = (len(doc), breaks)
    return breaks


def head_indices(doc: Doc) -> list[int]:
    """Each token's `token.head.i`, from one array: `Token.head` makes a Token object per call."""
    cached = doc.user_data.get(_HEADS)
    if cached is not None and len(cached) == len(doc):
        return cached
    offsets = doc.to_array(HEAD).astype(numpy.int64).tolist() if len(doc) else []
    heads = [i + offset for i, offset in enumerate(offsets)]
    doc.user_data[_HEADS] = heads
    return heads
