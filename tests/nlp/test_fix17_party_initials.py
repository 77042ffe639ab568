"""A party's initials in brackets after its name, before a title (fix17, roles._inside_title): `Kuomintang (KMT)
Legislator` is the whole role, not `Legislator`, and so is a party name holding an owner's `'s` (`Taiwan People's Party
(TPP) Legislator`, not cut at the `'s`); a dateline's `LONDON (AP)` is no part of a title. Our own sentences, through the real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("title", ["Kuomintang (KMT) Legislator", "Samagi Jana Balawegaya (SJB) MP"])
def test_the_party_and_its_initials_are_part_of_the_role(analyse, title):
    text = f"\"The villages are flooded,\" {title} Rohan Perera said."
    assert speaker_of(analyse, text, "flooded").role == title


def test_an_owned_party_name_is_the_whole_role(analyse):
    text = "\"The villages are flooded,\" Taiwan People's Party (TPP) Legislator Kao Yi-fan said."
    assert speaker_of(analyse, text, "flooded").role == "Taiwan People's Party (TPP) Legislator"


def test_a_datelines_agency_is_no_part_of_the_title(analyse):
    text = "LONDON (AP) Prime Minister Keir Starmer said the talks would resume."
    assert speaker_of(analyse, text, "talks").role == "Prime Minister"
