"""`The government said` stands for a country the article named as one, never for a place inside a body's name
(`NHS England`) nor for a place named only as where something happened (`in every region of Wales`): British news
means its own government, which it does not name. Our own sentences; before fix11 the body or the place spoke."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_the_government_is_not_a_body_named_after_a_place(analyse):
    text = ("Midwives in England will strike for three days next week. NHS England said hospitals would keep maternity "
            "wards open.\n\nThe government said it had already made its final offer.")
    assert speaker_of(analyse, text, "final offer").name == "The government"


def test_the_government_is_not_where_something_happened(analyse):
    text = ("Dr Ruth Carrow, a virologist at the University of Bath, said infections had risen in every county of Wales. "
            "The government said it would open more clinics.")
    assert speaker_of(analyse, text, "more clinics").name == "The government"


def test_the_government_is_still_a_country_that_acts(analyse):
    text = "Peru announced a ban on new mining permits on Monday. The government said the ban would protect rivers."
    assert speaker_of(analyse, text, "protect rivers").name == "Peru"


def test_the_government_is_not_a_place_inside_what_someone_reported(analyse):
    text = ("Doctors have warned that Scotland is heading for a winter crisis in its hospitals. "
            "The government said it would open more clinics.")
    assert speaker_of(analyse, text, "more clinics").name == "The government"
