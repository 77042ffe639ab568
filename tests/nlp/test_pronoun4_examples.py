"""`They` after a plural noun that names its examples (`Critics of the plan, like Senators Ana Ruiz and Tom Avery,`)
is the people named, not the description (issue 8: `they` for two senators introduced together). Sentences of our
own, real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_they_are_the_named_examples_of_a_plural_noun(analyse):
    text = (
        "Critics of the water plan, like Senators Maria Lopez, Democrat of Ohio, and Paul Young, Republican of "
        "Utah, see the vote as a chance to fix how the money is spent. They sent a letter on Monday to the governor.\n\n"
        "\"The plan has been plagued by waste and, if not reformed, it should end in March,\" they wrote."
    )
    speaker = speaker_of(analyse, text, "plagued by waste")
    assert "Maria Lopez" in speaker.name and "Paul Young" in speaker.name
