"""`They` for people the pronoun's own sentence, or the one before, has just described, rather than a group quoted
further back (issue 8). Sentences of our own, real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_they_are_the_people_just_described_not_an_older_group(analyse):
    text = (
        "Officials at the water board said on Monday that rates would rise in June. The increase is the first in a "
        "decade.\n\nThe board's new rates infuriated the farmers of the valley, though they suspected that \"the "
        "board wants us gone.\""
    )
    assert speaker_of(analyse, text, "wants us gone").name == "the farmers of the valley"
