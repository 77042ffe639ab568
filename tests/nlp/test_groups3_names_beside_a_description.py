"""A plural description followed by a written list of named people, each with its own description, which the
parser takes for a coordination (`The top Democrats in the state, Ann Varga, …, and Tom Hale, …`), through the
real model on sentences written for these tests: the named people are the speakers, not the description."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_names_listed_after_a_plural_description_are_the_speakers(analyse):
    text = (
        "The top Democrats in the state, Ann Varga, the speaker of the Assembly, and Tom Hale, the Senate majority "
        "leader, said they opposed the tax."
    )
    speaker = speaker_of(analyse, text, "they opposed the tax")
    assert speaker.name == "Ann Varga and Tom Hale"
    assert speaker.members == ("Ann Varga", "Tom Hale")
