"""`tokens_between` reads the tokens of a range as `doc[start:end]` would give them, without building the Span."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from app.nlp.token_ranges import tokens_between


def _doc() -> Doc:
    return Doc(Vocab(), words=["Secretary", "Ana", "Ruiz", "said", "so", "."], spaces=[True, True, True, True, False, False])


def test_the_tokens_of_the_slice_in_order():
    doc = _doc()
    for start, end in [(0, 6), (1, 3), (2, 3), (5, 6)]:
        got = tokens_between(doc, start, end)
        assert [token.i for token in got] == [token.i for token in doc[start:end]]
        assert [token.text for token in got] == [token.text for token in doc[start:end]]


def test_an_empty_or_reversed_range_has_no_tokens_like_the_slice():
    doc = _doc()
    assert tokens_between(doc, 3, 3) == [] == list(doc[3:3])
    assert tokens_between(doc, 4, 2) == [] == list(doc[4:2])
