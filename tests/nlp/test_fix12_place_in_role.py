"""`X, an obstetrician in Hays, Kan., said`: the state set after a place inside a role is part of it, not a further
apposition. Our own sentences; before fix12 the role stopped at the town."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("text, role", [
    ("Dr. Mara Lind, a pediatrician in Dodge City, Kan., said the clinic would close.", "pediatrician in Dodge City, Kan."),
    ("Carla Moss, a wheat farmer near Salina, Kansas, said the rain came too late.", "wheat farmer near Salina, Kansas"),
])
def test_the_state_after_the_place_stays_in_the_role(analyse, text, role):
    assert speaker_of(analyse, text, text.split(" said ")[1][:10]).role == role
