"""Makes every paragraph start a sentence before the parser runs.

The small English parser happily joins the last sentence of one paragraph to the first of the next
(`… Hizbollah.\n\nAndrew Bates … told`), which hands the wrong subject to a reporting verb. Pre-set sentence
starts are respected by spaCy's parser, so one cheap pass prevents that.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Token

from .extensions import doc_text
from .tokens import set_sentence_starts

_DATELINE_TOKENS = 14
_NEWLINES = re.compile(r"\n\s*")
_DASHES = frozenset({"-", "–", "—", "--"})
_CREDIT_TOKENS = 4  # words of an agency credit, `(Thomson Reuters Foundation)`, and its closing bracket
_DATELINE_DASHES = frozenset({"–", "—", "--"})  # a bare `-` also joins words and clauses in plain text


@Language.component("quotewise_paragraph_breaks", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    if not len(doc):
        return doc
    sentence_starts: dict[int, bool] = {}
    _end_dateline(doc, 0, sentence_starts)
    offsets = doc.to_array(IDX).tolist()
    for match in _NEWLINES.finditer(doc_text(doc)):
        i = bisect_right(offsets, match.end() - 1)  # first token starting after the newline run
        if i < len(doc):
            if doc[i].is_space and i + 1 < len(doc):
                i += 1
            sentence_starts[i] = True
            _end_dateline(doc, i, sentence_starts)
    set_sentence_starts(doc, sentence_starts)
    return doc


def _end_dateline(doc: Doc, start: int, sentence_starts: dict[int, bool]) -> None:
    """`WASHINGTON (Reuters) – Officials said …`, `QUEBEC — The government will …, the minister said`: the dateline
    (a place in capitals, its province or state abbreviated) is not the subject of the first sentence, nor a verb."""
    if doc[start].text == "(":
        end = credited_dateline(doc, start)  # `(Reuters) - Britain will …`
        if start < end < len(doc):
            sentence_starts[end] = True
        return
    if not doc[start].is_upper or len(doc[start]) < 3:
        return
    for i in range(start + 1, min(len(doc) - 1, start + _DATELINE_TOKENS)):
        token = doc[i]
        if "\n" in token.text_with_ws:
            return
        if token.text in _DATELINE_DASHES and i + 1 < len(doc) and all(_place_word(t) for t in doc[start:i]):
            sentence_starts[i + 1] = True
            return
        if token.text == ")":
            after = i + 1
            while after < len(doc) - 1 and (doc[after].text in _DASHES or doc[after].is_space):
                after += 1
            sentence_starts[after] = True
            return


def dashed_dateline(doc: Doc, start: int) -> int:
    """The end of a dateline without a credit opening the paragraph at `start` (`MONCTON, N.B. —`, `QUEBEC —`: a
    place in capitals, its province or state abbreviated, then a dash), or `start` when there is none."""
    if start >= len(doc) or not doc[start].is_upper or len(doc[start]) < 3:
        return start
    for i in range(start + 1, min(len(doc) - 1, start + _DATELINE_TOKENS)):
        if doc[i].text in _DATELINE_DASHES:
            return i if all(_place_word(t) for t in doc[start:i]) else start
        if not _place_word(doc[i]):
            return start
    return start


def credited_dateline(doc: Doc, start: int) -> int:
    """The end of a wire dateline with its agency credit opening the paragraph at `start` (`LONDON (Reuters) -`,
    `OTTAWA (CP) —`, `PARIS (AFP) -`), or `start` when there is none: the place is where the story was filed and the
    agency its byline, neither of them anyone the story quotes."""
    i = start
    while i < min(len(doc), start + _DATELINE_TOKENS) and doc[i].text != "(" and (_place_word(doc[i]) or _date_word(doc[i])):
        i += 1  # `LONDON, June 3 (Reuters) -`
    if i + 2 >= len(doc) or doc[i].text != "(" or (i > start and not doc[start].is_upper):
        return start  # a credit alone, `(Reuters) -`, opens a paragraph too
    close = next((j for j in range(i + 2, min(len(doc), i + 2 + _CREDIT_TOKENS)) if doc[j].text == ")"), None)
    if close is None or close + 1 >= len(doc) or doc[close + 1].text not in _DASHES:
        return start
    if not all(t.text[:1].isupper() or t.text in ("/", "-", "&") for t in doc[i + 1 : close]):
        return start  # `(Reuters)`, `(AP)`, `(Bloomberg)`, `(Thomson Reuters Foundation)`
    return close + 2


def _date_word(token: Token) -> bool:
    """A word of a dateline's date: `June 3`, `3 June`, once the NER has run."""
    return token.ent_type_ == "DATE" and (token.like_num or token.is_title)


def _place_word(token: Token) -> bool:
    """A word of a dateline's place: `QUEBEC`, `DES MOINES`, `BRAMPTON, Ont.`, `MANCHESTER, N.H.`."""
    return token.is_upper or token.text == "," or (token.text.endswith(".") and token.text[0].isupper())
