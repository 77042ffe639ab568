"""A portfolio after a definite office (fix17): in `the Minister for Housing and Planning said` the capitalised words
after `for` are the office's portfolio, not a person called `Housing and Planning`, even when the article never
writes `housing` or `planning` in lower case (data/portfolio_offices.txt, name_extent._office_portfolio); a given
name after the portfolio is still a person's. Our own sentences, through the real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_an_office_with_its_portfolio_names_no_one(analyse):
    text = ("The government will build 20,000 homes, the Minister for Housing and Planning said on Monday. "
            "\"We are behind, but we will catch up,\" the Minister for Housing and Planning said.")
    assert speaker_of(analyse, text, "catch up").name == "the Minister for Housing and Planning"


def test_the_office_goes_to_the_minister_the_article_named(analyse):
    text = ("Clare Dempsey was appointed in June. \"We are behind, but we will catch up,\" the Minister for Housing "
            "and Planning said.")
    speaker = speaker_of(analyse, text, "catch up")
    assert (speaker.name, speaker.role) == ("Clare Dempsey", "Minister for Housing and Planning")


def test_a_given_name_after_the_portfolio_is_a_person(analyse):
    text = "\"We will open the clinics,\" the Minister for Health Mark Butler said."
    assert speaker_of(analyse, text, "clinics").name == "Mark Butler"
