"""Headline attributions (`Trump: ‘I’m the Worst Thing …’`): a short line whose first words, a name, end in a colon
and whose rest is what that speaker said. Kept apart from the reporting-verb rules of `indirect`, which runs it."""

from __future__ import annotations

from spacy.tokens import Doc

from .candidates import QuoteCandidate
from .lexicon import word_list
from .tokens import token_texts

_HEADLINE_TOKENS = 30
_SPEAKER_TOKENS = 5


def find_headline_attributions(doc: Doc, owner: list[int], quotes: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """`Trump: ‘I’m the Worst Thing …’` — a short line whose first words, a name, end in a colon."""
    found: list[QuoteCandidate] = []
    line_start = 0
    texts = token_texts(doc)  # a token's trailing white space is one space at most: a newline is in its text
    for i in range(len(doc) + 1):
        if i < len(doc) and "\n" not in texts[i]:
            continue
        line_end = i + 1 if i < len(doc) else len(doc)
        candidate = _headline(doc, line_start, line_end, owner, quotes)
        if candidate is not None:
            found.append(candidate)
        line_start = line_end
    return found


def _headline(doc: Doc, start: int, end: int, owner: list[int], quotes: list[QuoteCandidate]) -> QuoteCandidate | None:
    while start < end and doc[start].is_space:
        start += 1
    if end - start > _HEADLINE_TOKENS or end - start < 5:
        return None
    colon = next((i for i in range(start + 1, min(end, start + _SPEAKER_TOKENS + 1)) if doc[i].text == ":"), None)
    if colon is None or owner[colon] != -1:
        return None
    speaker = doc[start:colon]
    if sum(t.text in ("(", "[") for t in speaker) > sum(t.text in (")", "]") for t in speaker):
        return None  # `Acme Corp. (NASDAQ: ACME) said …`: a colon inside brackets, the stock exchange's and ticker's
    if not all(t.pos_ in ("PROPN", "NOUN") or t.tag_ == "POS" or t.is_punct for t in speaker):
        return None
    if any(t.text[:1].islower() and t.tag_ != "POS" for t in speaker) or speaker.text.lower() in word_list("headline_labels.txt"):
        return None
    content_start, content_end = colon + 1, end
    while content_end > content_start and (doc[content_end - 1].is_space or doc[content_end - 1].is_punct):
        content_end -= 1
    while content_start < content_end and doc[content_start].is_punct:
        content_start += 1
    if content_end - content_start < 3:
        return None
    if all(t.is_upper or not t.is_alpha for t in speaker) and owner[content_start] == -1:
        return None  # `MUMBAI: The corporation will …`, `KUALA LUMPUR: The minister said the ban would stay "until …"`: a
        # dateline in capitals before news that does not open with a quotation, no speaker
    content = doc[content_start:content_end]
    for index in {owner[i] for i in range(content_start, content_end) if owner[i] != -1}:
        quotes[index].keep = False
    return QuoteCandidate(
        pieces=[(content.start_char, content.end_char)], kind="direct", marked=False,
        cue=(colon, colon + 1), speaker=(start, colon), attribution="headline",
    )
