"""Makes every paragraph start a sentence before the parser runs.

The small English parser happily joins the last sentence of one paragraph to the first of the next
(`… Hizbollah.\n\nAndrew Bates … told`), which hands the wrong subject to a reporting verb. Pre-set sentence
starts are respected by spaCy's parser, so one cheap pass prevents that.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("quotewise_paragraph_breaks", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if "\n" in token.text_with_ws:
            following = doc[token.i + 1]
            if following.is_space and token.i + 2 < len(doc):
                following = doc[token.i + 2]
            following.is_sent_start = True
    return doc
