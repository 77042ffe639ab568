"""`“…” that would answer the requests, the counsel wrote`: a relative clause on a quoted word is no cue; the
report further on is (issue 8: a reporting verb describing the quotation taken for its cue).
Sentences written for these tests, through the real model."""

import pytest

from tests.nlp.speaking import mention_of

pytestmark = pytest.mark.slow


def test_a_relative_on_the_quoted_words_gives_way_to_the_report(analyse):
    text = (
        '"If the agency obtains more letters, it intends to search them for records" that would respond to requests '
        "from the group, county attorney Lena Marsh wrote in a court filing."
    )
    assert mention_of(analyse, text, "search them for records").endswith("Lena Marsh")


def test_the_report_after_an_apposition_is_found_too(analyse):
    text = (
        '"The board will review the files and release any documents" that would answer questions from reporters, '
        "the district's lawyer, Tom Reyes, wrote in a letter."
    )
    assert mention_of(analyse, text, "release any documents").endswith("Tom Reyes")


def test_a_cue_right_after_the_quotation_still_counts(analyse):
    text = '"We will appeal the ruling," the county attorney said on Monday.'
    assert mention_of(analyse, text, "appeal the ruling") == "the county attorney"
