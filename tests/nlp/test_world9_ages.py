"""Golden tests through the real model: `the 67-year-old said`, British news's way back to the person a story is
about, whose age the article need not have given. Each sentence is our own; before world9 the speaker was the
description `the 67-year-old`."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize(
    ("text", "starting", "name"),
    [
        ("Janet Morley, from Stockport, received a parking fine for a car she sold in 2019.\n\n"
         "\"I have not driven for five years,\" the 81-year-old said.", "I have not driven", "Janet Morley"),
        ("Owen Hartley said the bridge would reopen in June.\n\n"
         "\"We owe the town an apology for the delay,\" the 46-year-old said.", "We owe the town", "Owen Hartley"),
    ],
)
def test_the_age_alone_is_the_person_the_story_is_about(analyse, text, starting, name):
    assert speaker_of(analyse, text, starting).name == name


def test_an_age_with_its_own_noun_is_a_description_of_its_own(analyse):
    text = ("Janet Morley, from Bolton, was sent a parking fine.\n\n"
            "\"Nobody checked the records,\" a 34-year-old traffic warden said.")
    assert speaker_of(analyse, text, "Nobody checked").name != "Janet Morley"
