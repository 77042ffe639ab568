"""A courtesy title of the other gender does not join the only bearer of a surname whose gender the text states
(issue 8, namesakes). Sentences of our own, real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_mrs_is_not_the_only_full_name_when_he_is_mr(analyse):
    text = (
        "Former President Bill Clinton spoke in Ohio on Monday. Mr. Clinton praised the crowd.\n\n"
        "Mrs. Clinton spoke later in Iowa. “We will win,” Mrs. Clinton said."
    )
    speaker = speaker_of(analyse, text, "We will win")
    assert speaker.name != "Bill Clinton"
    assert speaker.gender is not None and speaker.gender.value == "female"
