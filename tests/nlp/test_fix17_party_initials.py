"""A party's initials in brackets after its name, before a title (fix17, roles._inside_title): `Kuomintang (KMT)
Legislator` is the whole role, not `Legislator`; a name holding an owner's `'s` (`Taiwan People's Party (TPP)`) is not
cut in half. Our own sentences, through the real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("title", ["Kuomintang (KMT) Legislator", "Samagi Jana Balawegaya (SJB) MP"])
def test_the_party_and_its_initials_are_part_of_the_role(analyse, title):
    text = f"\"The villages are flooded,\" {title} Rohan Perera said."
    assert speaker_of(analyse, text, "flooded").role == title


def test_an_owned_party_name_is_not_cut_in_half(analyse):
    text = "\"The villages are flooded,\" Taiwan People's Party (TPP) Legislator Kao Yi-fan said."
    assert speaker_of(analyse, text, "flooded").role in ("Legislator", "Taiwan People's Party (TPP) Legislator")
