"""Lines of straight marks cost linear time in the quote pairing (no model needed).

`"'"'…` closes a quote at every other mark; each close used to copy and strip the paragraph up to it to ask
whether the quote opened the paragraph, which took 8 s for 120,000 characters.
"""

import time

import pytest

from app.nlp.quote_marks import merge_split_quotes, pair_quote_marks, quotes_with_single_marks


def pair(text: str):
    return merge_split_quotes(text, pair_quote_marks(text, single=quotes_with_single_marks(text)))


@pytest.mark.parametrize("unit", ["\"'", "'\"", "'a ", "\"a' ", "6'2\" ", "'\n", "'s ' "])
def test_a_line_of_straight_marks_is_paired_in_linear_time(unit):
    text = (unit * (120_000 // len(unit) + 1))[:120_000]
    began = time.process_time()
    pair(text)
    assert time.process_time() - began < 2
