"""Golden tests through the real model: families in general news. A relative of one surname opening a sentence
(`Callum Doig plays …` after `Euan Doig`), a person named with a `whose` clause owning a kinship noun, a parent
introduced as `Parent Derek …`. Each sentence is our own; before world11 `Callum` was cut off as a word before
`Doig`, the `whose` name was an organisation that `he` could not refer to, and `Parent` was part of the name."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_relative_opening_a_sentence_keeps_the_given_name(analyse):
    text = ("For the first time in 60 years, two brothers will meet in a cup final.\n\n"
            "Callum Doig plays in midfield for Hearts. His twin, Euan Doig, is Motherwell's captain.\n\n"
            "\"Mum has bought a scarf in both colours,\" Callum said.")
    assert speaker_of(analyse, text, "Mum has bought").name == "Callum Doig"


def test_a_name_owning_a_relative_in_a_whose_clause_is_a_person(analyse):
    text = ("Health Minister Lorna Wasylyshen said the province was not satisfied with the wait times.\n\n"
            "Brent Yuzicapi, whose 81-year-old mother spent 38 hours in a hallway last month, says the family felt helpless. "
            "\"Nobody could tell us when she would get a room,\" he said.")
    assert speaker_of(analyse, text, "Nobody could tell").name == "Brent Yuzicapi"


def test_parent_opening_the_sentence_is_no_part_of_the_name(analyse):
    text = "Parent Derek Amoako-Atta says his daughter learned to swim at the school's pool."
    assert speaker_of(analyse, text, "his daughter learned").name == "Derek Amoako-Atta"
