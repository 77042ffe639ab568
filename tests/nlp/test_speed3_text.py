"""The Doc's text is read once per Doc (`extensions.doc_text`), kept from the tokenizer's input when it can be, and
stays the Doc's text whatever happens to its tokens."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from app.nlp.extensions import doc_text, remember_text
from app.nlp.long_runs import LongRunGuard

TEXTS = [
    "",
    "   ",
    "Mayor Lena Fox said:  “We will build it.”\n\n  The council voted on Tuesday. ",
    "Ünïcödé — dashes – and\ttabs\r\nand\u00a0no-break spaces…",
    "x" * 2_500 + " then words after a long run",
]


def test_the_cached_text_is_the_docs_text():
    guard = LongRunGuard(spacy.blank("en").tokenizer)
    for text in TEXTS:
        doc = guard(text)
        assert doc_text(doc) == doc.text == text


def test_the_guard_keeps_the_tokenizers_input_so_nothing_rebuilds_it():
    doc = LongRunGuard(spacy.blank("en").tokenizer)("Ana Ruiz said it.")
    doc.user_data["quotewise_text"] = (len(doc), "kept")  # what is read is what the guard kept, not a rebuilt text
    assert doc_text(doc) == "kept"


def test_a_doc_built_without_the_guard_reads_its_text_once():
    doc = Doc(spacy.blank("en").vocab, words=["Ana", "said", "so", "."], spaces=[True, True, False, False])
    assert "quotewise_text" not in doc.user_data
    assert doc_text(doc) == "Ana said so."
    assert doc.user_data["quotewise_text"] == (4, "Ana said so.")


def test_the_text_stays_right_after_tokens_are_merged():
    nlp = spacy.blank("en")
    doc = LongRunGuard(nlp.tokenizer)("New York City said no.")
    assert doc_text(doc) == "New York City said no."
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:3])
    assert len(doc) == 4
    assert doc_text(doc) == doc.text == "New York City said no."


def test_a_kept_text_of_another_length_is_not_kept():
    doc = spacy.blank("en")("Ana said so.")
    remember_text(doc, "Ana said so. And more")
    assert "quotewise_text" not in doc.user_data
    assert doc_text(doc) == "Ana said so."
