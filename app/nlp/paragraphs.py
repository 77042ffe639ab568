"""Makes every paragraph start a sentence before the parser runs.

The small English parser happily joins the last sentence of one paragraph to the first of the next
(`… Hizbollah.\n\nAndrew Bates … told`), which hands the wrong subject to a reporting verb. Pre-set sentence
starts are respected by spaCy's parser, so one cheap pass prevents that.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


_DATELINE_TOKENS = 14
_DASHES = frozenset({"-", "–", "—", "--"})


@Language.component("quotewise_paragraph_breaks", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    if len(doc):
        _end_dateline(doc, 0)
    for token in doc[:-1]:
        if "\n" in token.text_with_ws:
            following = doc[token.i + 1]
            if following.is_space and token.i + 2 < len(doc):
                following = doc[token.i + 2]
            following.is_sent_start = True
            _end_dateline(doc, following.i)
    return doc


def _end_dateline(doc: Doc, start: int) -> None:
    """`WASHINGTON (Reuters) – Officials said …`: the dateline is not the subject of the first sentence."""
    if not doc[start].is_upper or len(doc[start]) < 3:
        return
    for i in range(start + 1, min(len(doc) - 1, start + _DATELINE_TOKENS)):
        token = doc[i]
        if "\n" in token.text_with_ws:
            return
        if token.text == ")":
            after = i + 1
            while after < len(doc) - 1 and (doc[after].text in _DASHES or doc[after].is_space):
                after += 1
            doc[after].is_sent_start = True
            return
