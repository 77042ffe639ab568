"""`the source said` after `A government source, who spoke on condition of anonymity, said` is that source (fix16):
a definite description whose noun is an anonymous source's (data/anonymous_titles.txt) but names no kind of person
goes back to the indefinite one that introduced it, as `the official` does. Our own sentences, through the real
model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("aside", [", who spoke on condition of anonymity,", ""])
def test_the_source_is_the_source_introduced_before(analyse, aside):
    text = (f"A council source{aside} said the parking fee would be about $40 a day. "
            "\"It is meant to make drivers think twice,\" the source said.")
    assert speaker_of(analyse, text, "think twice").name.lower() == "a council source"


def test_the_source_with_no_source_introduced_stays_as_written(analyse):
    text = "Mayor Ana Ruiz met the drivers on Monday. \"It is meant to make drivers think twice,\" the source said."
    assert speaker_of(analyse, text, "think twice").name == "the source"
