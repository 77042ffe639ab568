"""A name with particles (`Ursula von der Leyen`) is the whole mention even when the NER tags only its last word
(`Leyen`) and the parse hangs `der` on it. Our own sentences; before fix11 the mention was `der Leyen` or `Leyen`."""

import pytest

from tests.nlp.speaking import mention_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("text", [
    "Ursula von der Leyen said the bloc would answer the tariffs within days.",
    "European Commission President Ursula von der Leyen said the bloc would answer the tariffs within days.",
])
def test_the_particles_and_given_name_belong_to_the_mention(analyse, text):
    assert mention_of(analyse, text, "the bloc") == "Ursula von der Leyen"
