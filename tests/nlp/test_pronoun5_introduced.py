"""`They` opening a sentence after two sentences whose subjects are two different people is those two (issue 8: two
people introduced one after the other, then quoted together). Sentences of our own, real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_they_are_the_two_people_just_introduced(analyse):
    text = (
        "The county plans to close two clinics in the spring.\n\nClinic director Ana Ruiz is a member of the county "
        "health board. Her colleague Tom Avery runs the free clinic on Main Street. They say that \"the county "
        "cannot close another clinic this year.\""
    )
    assert speaker_of(analyse, text, "another clinic").name == "Ana Ruiz and Tom Avery"


def test_they_after_one_person_is_not_a_pair(analyse):
    text = (
        "Clinic director Ana Ruiz is a member of the county health board. Ruiz runs the free clinic on Main Street. "
        "They say that \"the county cannot close another clinic this year.\""
    )
    assert " and " not in speaker_of(analyse, text, "another clinic").name
