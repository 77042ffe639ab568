"""A profession outside the title list, by its ending (`a nephrologist at …`, `an oceanographer`, `a geriatrician`,
data/occupation_endings.txt), makes an apposition a role. Our own sentences; before fix12 they gave none."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("text, role", [
    ("Dr. Lena Fabre, a nephrologist at the University of Iowa, said the trial was too small.", "nephrologist at the University of Iowa"),
    ("Tomas Greer, an oceanographer at the University of Hawaii, said the reef would not recover.", "oceanographer at the University of Hawaii"),
    ("Aisha Nwosu, a geriatrician in Lagos, said the clinics had run out of vaccine.", "geriatrician in Lagos"),
])
def test_a_profession_by_its_ending_is_a_role(analyse, text, role):
    assert speaker_of(analyse, text, text.split(" said ")[1][:12]).role == role
