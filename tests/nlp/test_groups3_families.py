"""A family named by its plural surname (`The Kesslers`), through the real model on sentences written for these
tests: the people of that surname the article names, in the order it first names them."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_a_plural_surname_is_the_people_of_that_surname_the_article_names(analyse):
    text = (
        "Dora Kessler grew up in Peoria with Hillary. Her husband, Paul Kessler, drove her to the rally. "
        "The Kesslers said they hoped to see her win."
    )
    speaker = speaker_of(analyse, text, "they hoped to see her win")
    assert speaker.name == "Dora Kessler and Paul Kessler"
    assert speaker.members == ("Dora Kessler", "Paul Kessler")
