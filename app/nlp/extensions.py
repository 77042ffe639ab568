"""Doc extensions shared by the quotewise components, registered once however often modules are imported, and the
Doc's text read once per Doc."""

from __future__ import annotations

from spacy.tokens import Doc

QUOTES = "quotewise_quotes"  # list[QuoteCandidate], in text order
ENTITIES = "quotewise_entities"  # list[contract.ExtractedEntity]: the article's entity table
_TEXT = "quotewise_text"  # doc.user_data: (token count, the Doc's text)


def register_extensions() -> None:
    for name in (QUOTES, ENTITIES):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def doc_text(doc: Doc) -> str:
    """`doc.text` joins every token's text anew on each access (a Token object per token, ~0.2-0.5 ms an article)
    and about ten places read it per article, so it is read once and kept in the Doc's user_data. Retokenizing
    keeps every character, so the text stays right whatever a component does; the token count kept with it makes a
    Doc whose tokens were rebuilt under copied user_data read its text again."""
    cached = doc.user_data.get(_TEXT)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    text = doc.text
    doc.user_data[_TEXT] = (len(doc), text)
    return text


def remember_text(doc: Doc, text: str) -> None:
    """The tokenizer's input is the Doc's text (spaCy tokenizes losslessly): kept so that no component rebuilds it.
    Kept only when its length is the one the tokens span, a check that costs one token."""
    spanned = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if spanned == len(text):
        doc.user_data[_TEXT] = (len(doc), text)


register_extensions()
