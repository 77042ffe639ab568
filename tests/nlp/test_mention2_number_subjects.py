"""A number as the speaker's subject takes the phrase it heads (`one in four`, `two of the organisers`), not the
bare number, on sentences written for these tests, through the real model."""

import pytest

pytestmark = pytest.mark.slow


def test_a_number_subject_keeps_its_of_phrase(analyse):
    quotes = [q for q in analyse("Two of the organisers said the march would go ahead.") if "march" in q.text]
    assert len(quotes) == 1 and quotes[0].speaker.mention.text == "Two of the organisers"
