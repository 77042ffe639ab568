"""Golden tests through the real model: Canadian names and organisations as written, with an elided particle on
the surname (`Yvonne d'Entremont`) or a plural's apostrophe inside (`Ontario English Catholic Teachers'
Association`). Each sentence is our own; before world9 the names were cut to `Yvonne` and `Association`."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize(
    ("text", "starting", "name"),
    [
        ("Liberal Leader Yvonne d'Entremont said the premier should have called an election.", "the premier", "Yvonne d'Entremont"),
        ("The Elementary Teachers' Federation of Nova Scotia says one in ten classrooms has no permanent teacher.", "one in ten", "Elementary Teachers' Federation of Nova Scotia"),
        ("The Ontario English Catholic Teachers' Association says about one in ten immersion positions in the province is unfilled.", "about one in ten", "Ontario English Catholic Teachers' Association"),
    ],
)
def test_the_whole_name_is_kept(analyse, text, starting, name):
    assert speaker_of(analyse, text, starting).name == name


@pytest.mark.parametrize(
    ("text", "starting", "name"),
    [
        ("Shabana Mahmood-Clarke said the hotels would close within a year.\n\n\"We are fixing it,\" she said.", "We are fixing", "Shabana Mahmood-Clarke"),
    ],
)
def test_a_double_barrelled_name_tagged_an_organisation_is_a_person(analyse, text, starting, name):
    assert speaker_of(analyse, text, starting).name == name


def test_a_person_noun_opening_the_sentence_is_no_part_of_the_name(analyse):
    text = "Neighbour Priya Ramdial, 44, said she woke up to the sound of windows breaking."
    assert speaker_of(analyse, text, "she woke up").name == "Priya Ramdial"


def test_a_members_letters_alone_are_an_office_not_a_name(analyse):
    text = ("Adam Arreak Lightstone, the MLA for Iqaluit-Manirajak, said the plan did not go far enough.\n\n"
            "\"Three hundred units is a start,\" he said in an interview with CBC Nunavut.")
    assert speaker_of(analyse, text, "Three hundred").name == "Adam Arreak Lightstone"


def test_a_name_after_an_opening_person_noun_is_a_person(analyse):
    text = ("\"Nobody was hurt,\" Sgt. Wayne Kaminski told reporters.\n\n"
            "Neighbour Priya Ramdial, 44, said she woke up to breaking glass. \"The whole sky was orange,\" the mother of three said.")
    assert speaker_of(analyse, text, "The whole sky").name == "Priya Ramdial"
