"""A guard in front of spaCy's tokenizer for long runs of text without whitespace.

spaCy's tokenizer splits each whitespace-free substring by repeatedly matching prefixes, suffixes and infixes on
what is left of it, which costs time quadratic in the substring's length: 50,000 “ characters in a row took 273 s.
Text of that shape is never prose (broken markup, a run of punctuation, base64, a table without spaces), so the
guard tokenizes such a run in pieces of at most MAX_RUN characters and joins the pieces' Docs with
`Doc.from_docs(..., ensure_whitespace=False)`: the Doc's text is the input, character for character, so every
offset stays exact, and the cost is linear. Text without such runs goes to the tokenizer unchanged, but for a soft
hyphen beside whitespace, which it reads as a space (`_SOFT_HYPHEN_BY_SPACE`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .extensions import remember_text

MAX_RUN = 1_000  # longer than any real token (URLs, hashtags, chemical names); short enough to tokenize fast
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN + 1))
# A soft hyphen (U+00AD, a web page's hyphenation hint) beside whitespace is read as a space: `Doug \u00adAndres`
# is the name `Doug Andres`, not `Doug` and a word the NER knows nothing of. One character for one, so every offset
# holds; the Doc keeps the text as written (remember_text). One inside a word (`news\u00adpaper`) is left.
_SOFT_HYPHEN_BY_SPACE = re.compile(r"(?<=\s)\u00ad|\u00ad(?=\s)")


class LongRunGuard:
    """Wraps a spaCy tokenizer (`nlp.tokenizer = LongRunGuard(nlp.tokenizer)`)."""

    def __init__(self, tokenizer, max_run: int = MAX_RUN) -> None:  # noqa: ANN001 - a spaCy Tokenizer
        self.tokenizer = tokenizer
        self.max_run = max_run
        self._long_run = _LONG_RUN if max_run == MAX_RUN else re.compile(r"\S{%d,}" % (max_run + 1))

    def __call__(self, text: str) -> Doc:
        read = _SOFT_HYPHEN_BY_SPACE.sub(" ", text) if "\u00ad" in text else text
        pieces = list(self.pieces(read))
        if len(pieces) == 1:
            doc = self.tokenizer(read)
        else:
            doc = Doc.from_docs([self.tokenizer(piece) for piece in pieces], ensure_whitespace=False)
        remember_text(doc, text)  # so that no component rebuilds `doc.text` from the tokens
        return doc

    def pieces(self, text: str):  # noqa: ANN201 - an iterator of str
        """Consecutive substrings whose concatenation is `text`: the text between long runs (ending with the
        whitespace that precedes a run) and each long run cut every `max_run` characters (its last piece keeps
        one following whitespace character, so that the token before it carries its space as usual)."""
        position = 0
        for match in self._long_run.finditer(text):
            if match.start() > position:
                yield text[position:match.start()]
            end = match.end()
            for start in range(match.start(), end, self.max_run):
                stop = min(start + self.max_run, end)
                if stop == end and end < len(text) and text[end] == " ":
                    stop += 1
                yield text[start:stop]
            position = end + 1 if end < len(text) and text[end] == " " else end
        if position < len(text) or position == 0:
            yield text[position:]

    def pipe(self, texts, batch_size: int = 1000):  # noqa: ANN001, ANN201 - as spaCy's Tokenizer.pipe
        for text in texts:
            yield self(text)

    # What Language needs of a tokenizer beyond calling it, passed through.
    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self.tokenizer, name)
