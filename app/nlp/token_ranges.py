"""Tokens of a range read without building a spaCy `Span`.

`doc[start:end]` builds a Span, which costs more than reading a few tokens, and iterating it makes each Token
through the Span again; the rules read short ranges (a name, the words before it) tens of thousands of times per
article, so they take the tokens by index instead.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token


def tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens of `doc[start:end]` for 0 <= start and end <= len(doc); none when end <= start, as the slice."""
    return [doc[i] for i in range(start, end)]
