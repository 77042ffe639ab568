"""Text the stock tokenizer would take quadratic time on (long runs without whitespace) is tokenized in bounded
pieces with every character offset exact; text denser than prose is refused, naming the offset, before parsing."""

from __future__ import annotations

import time

import pytest
import spacy

from app.errors import InvalidArticle
from app.nlp.long_runs import LongRunGuard


@pytest.fixture(scope="module")
def guard() -> LongRunGuard:
    return LongRunGuard(spacy.blank("en").tokenizer, max_run=50)


@pytest.mark.parametrize("text", [
    "Plain prose, with “quotes” and no long run.",
    "Before " + "“" * 175 + " after.",
    "x" * 120,
    "a " + "‘“" * 60 + "\n\nNext paragraph starts here.",
    "ends with a run " + "!" * 51,
    "“" * 51 + " " + "-" * 200 + "  two spaces",
])
def test_the_doc_text_and_every_token_offset_are_the_input_s(guard, text):
    doc = guard(text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx:token.idx + len(token.text)] == token.text
    assert max(len(t.text) for t in doc) <= guard.max_run


def test_a_long_run_costs_linear_time():
    guard = LongRunGuard(spacy.blank("en").tokenizer)
    began = time.perf_counter()
    doc = guard("“" * 50_000)  # 273 s through the bare tokenizer
    assert time.perf_counter() - began < 5
    assert len(doc) == 50_000


def test_text_denser_than_prose_is_refused_with_the_offset(analyzer):
    results = analyzer.analyze_texts(["Results: " + "!" * 100_000])
    assert isinstance(results[0], InvalidArticle)
    assert "limit is 80000, passed at offset 80007" in results[0].message
