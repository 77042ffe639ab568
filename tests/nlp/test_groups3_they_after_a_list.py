"""`they` after a list of named people that the parser broke (names joined by `along with`, hung on the
description of the name before), through the real model on sentences written for these tests: `they` is the
whole list, not the last organisation named inside it."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_they_after_names_joined_by_along_with_is_all_of_them(analyse):
    text = (
        "Ms. Lena Varga, along with Judge Tom Rees of the Court of Appeals for the Ninth Circuit and Ian Holt, a law "
        "professor at Yale University, wrote a long paper on the court. In it, they argue that the ruling was flawed."
    )
    speaker = speaker_of(analyse, text, "the ruling was flawed")
    assert speaker.name == "Lena Varga and Tom Rees and Ian Holt"
    assert speaker.members == ("Lena Varga", "Tom Rees", "Ian Holt")
