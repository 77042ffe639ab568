"""Golden tests through the real model: US police ranks abbreviated with a full stop (`Sgt. Mara Quinn`, `Det. Luis
Ferro`) are the speaker's role, as `Capt.` and `Lt.` already were. Sentences of our own; before outlets9 the role was
empty."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize(("rank", "name"), [("Sgt.", "Mara Quinn"), ("Det.", "Luis Ferro")])
def test_an_abbreviated_police_rank_is_the_role(analyse, rank, name):
    text = f"{rank} {name} told reporters that the driver had fled on foot. \"We found the car within an hour,\" {name.split()[1]} said."
    speaker = speaker_of(analyse, text, "We found the car")
    assert (speaker.name, speaker.role) == (name, rank)
