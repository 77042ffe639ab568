"""A list of named people that the parser breaks (a name hung on the name before it as an `npadvmod` or an
`appos`, names joined by `along with`), through the real model on sentences written for these tests: the
whole list as the article writes it speaks."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_along_with_joins_the_names_that_follow_it(analyse):
    text = (
        "Ms. Lena Varga, along with Judge Tom Rees of the Court of Appeals for the Ninth Circuit and Ian Holt, a law "
        "professor at Yale University, wrote that the ruling was flawed."
    )
    speaker = speaker_of(analyse, text, "the ruling was flawed")
    assert speaker.name == "Lena Varga and Tom Rees and Ian Holt"
    assert speaker.members == ("Lena Varga", "Tom Rees", "Ian Holt")


def test_a_long_list_of_names_after_a_plural_noun_is_one_group(analyse):
    text = (
        "Actors Julia Crane, Tessa Morgan, Amy Stroud, Dana Pike and Ellen Marsh went on Twitter to say the bill "
        "would fail."
    )
    speaker = speaker_of(analyse, text, "the bill would fail")
    assert speaker.name == "Julia Crane and Tessa Morgan and Amy Stroud and Dana Pike and Ellen Marsh"
