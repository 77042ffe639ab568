"""`“…” that would answer the requests, the counsel wrote`: a relative clause on a quoted word is no cue; the
report further on is (issue 8: a reporting verb describing the quotation taken for its cue).
Sentences written for these tests, through the real model."""

import pytest

from tests.nlp.speaking import mention_of

pytestmark = pytest.mark.slow


def test_a_relative_on_the_quoted_words_gives_way_to_the_report(analyse):
    text = (
        '"If the agency finds more letters, it will search them for documents" that would respond to the requests '
        "from the group, county attorney Lena Marsh wrote in a filing."
    )
    assert mention_of(analyse, text, "search them for documents") .endswith("Lena Marsh")


def test_a_cue_right_after_the_quotation_still_counts(analyse):
    text = '"We will appeal the ruling," the county attorney said on Monday.'
    assert mention_of(analyse, text, "appeal the ruling") == "the county attorney"
