"""The tokenizer's two extra splits (name_runs.split_dashes_before_names, split_colons_before_quotes) as one compiled
regex each: the same matches as the Python wrappers they replace, on the words where the extra splits act."""

import re

import pytest

from app.nlp.name_runs import split_colons_before_quotes, split_dashes_before_names

WORDS = [
    "-Matthew", "--The", "—Ana", "-mid", "-12", "--", "Clinton:\"We", "Clinton:“We", "Clinton:", ":\"We", "a:b",
    "U.S.", "Mr.", "(AP)", "10:30", "e-mail", "self-made", "Obama's", "“Yes,", "x:\"", "1:\"A", "ab:“c:\"d", "",
]


def _spans(matches) -> list[tuple[int, int]]:  # noqa: ANN001 - an iterable of re.Match
    return [(m.start(), m.end()) for m in matches]


@pytest.fixture(scope="module")
def stock():
    """The model's own tokenizer, its searches as the model compiled them."""
    import spacy

    from app.settings import Settings

    return spacy.load(Settings().spacy_model, exclude=["senter"]).tokenizer


def test_stock_searches_become_one_regex(stock):
    prefix = split_dashes_before_names(stock.prefix_search)
    infix = split_colons_before_quotes(stock.infix_finditer)
    assert isinstance(prefix.__self__, re.Pattern) and isinstance(infix.__self__, re.Pattern)


@pytest.mark.parametrize("word", WORDS)
def test_one_regex_matches_as_the_wrappers(stock, word):
    wrapped_prefix = split_dashes_before_names(lambda text: stock.prefix_search(text))
    wrapped_infix = split_colons_before_quotes(lambda text: stock.infix_finditer(text))
    prefix = split_dashes_before_names(stock.prefix_search)
    infix = split_colons_before_quotes(stock.infix_finditer)
    old, new = wrapped_prefix(word), prefix(word)
    assert (old and old.span()) == (new and new.span())
    assert _spans(wrapped_infix(word)) == _spans(infix(word))


def test_pipeline_tokenizer_splits_as_before(nlp):
    doc = nlp.make_doc('-Matthew Yglesias thinks so. Hillary Rodham Clinton:"We learned a lot."')
    assert [t.text for t in doc][:3] == ["-", "Matthew", "Yglesias"]
    assert ["Clinton", ":", '"', "We"] == [t.text for t in doc][8:12]
