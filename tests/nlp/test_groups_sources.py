"""Several people or bodies as one source (issue 8, class 6), on sentences written for these tests, through the
real model: a pronoun joined to a name, `both of whom`, and a list of unnamed sources kept as the article writes it."""

import pytest

from app.nlp.contract import SpeakerKind
from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_a_pronoun_joined_to_a_name_is_a_group_of_both(analyse):
    text = (
        "Lena Voss was once a senator from Ohio. "
        "She and Paul Kemp, a former Justice official, said the law went too far."
    )
    speaker = speaker_of(analyse, text, "the law went too far")
    assert speaker.name == "Lena Voss and Paul Kemp"
    assert speaker.kind == SpeakerKind.GROUP
    assert speaker.members == ("Lena Voss", "Paul Kemp")
    assert speaker.mention is not None and speaker.mention.text == "She and Paul Kemp"
