"""Golden tests through the real model: health workers and musicians (`a pediatrician in Toledo`, `the drummer`) are
roles, and an unnamed one introduced as the subject (`A pharmacist at the clinic … said`) is the `she` who speaks
next. Sentences of our own; before outlets9 the occupation was no role and `she` went to a man named earlier."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_an_occupation_apposed_to_a_name_is_its_role(analyse):
    text = ("Dr. Omar Haddad, a pediatrician in Toledo, said flu cases had doubled in a week. "
            "\"Our waiting room has been full since Monday,\" Haddad said.")
    speaker = speaker_of(analyse, text, "Our waiting room")
    assert (speaker.name, speaker.role) == ("Omar Haddad", "pediatrician in Toledo")


def test_an_unnamed_pharmacist_is_the_she_who_speaks_next(analyse):
    text = ("The clinic's lawyer, Paul Decker, said the owners would appeal.\n\n"
            "A pharmacist at the clinic, who asked not to be named, said the shelves had been empty for weeks. "
            "\"We turn people away every day,\" she said.")
    speaker = speaker_of(analyse, text, "We turn people away")
    assert speaker.name.lower() == "a pharmacist at the clinic"


@pytest.mark.parametrize(("words", "role"), [
    ("a meteorologist with the weather service's Norman office", "meteorologist with the weather service's Norman office"),
    ("a seismologist at the state geological survey", "seismologist at the state geological survey"),
])
def test_a_scientist_apposed_to_the_name_holds_the_role(analyse, words, role):
    text = f"\"We have not seen a season like this in decades,\" said Nora Vance, {words}."
    assert speaker_of(analyse, text, "We have not seen").role == role
