"""Descriptions written in full: members placed out of a body, places with their commas (branch `describe2`), on sentences of our own."""

import pytest

from app.nlp.metrics import names_match
from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_a_party_placed_somewhere_is_the_description_not_the_party(analyse):
    text = (
        "The Republicans lost two seats in the spring election.\n\n"
        "Republicans across the state said the new tax plan was a mistake."
    )
    assert names_match(speaker_of(analyse, text, "the new tax plan").name, "Republicans across the state")


def test_members_in_a_body_are_the_description(analyse):
    text = "Governor Ana Ruiz signed the budget on Monday.\n\nDemocrats in the legislature said the budget was too small."
    assert names_match(speaker_of(analyse, text, "the budget was too small").name, "Democrats in the legislature")


def test_the_comma_of_a_city_and_state_does_not_end_a_description(analyse):
    text = (
        "The mill burned for two days last week.\n\n"
        "Investigators familiar with the fire at the mill in Dayton, Ohio, said that the cause was still unknown."
    )
    name = speaker_of(analyse, text, "that the cause was still unknown").name
    assert names_match(name, "Investigators familiar with the fire at the mill in Dayton, Ohio")


def test_a_place_written_inside_a_description_keeps_its_commas(analyse):
    text = "The mill burned for two days last week.\n\nWorkers at the Dayton, Ohio, plant said that the cause was still unknown."
    assert names_match(speaker_of(analyse, text, "that the cause was still unknown").name, "Workers at the Dayton, Ohio, plant")


def test_members_on_a_body_are_the_description(analyse):
    text = "The school board met on Monday.\n\nRepublicans on the school board said that the levy would fail."
    assert names_match(speaker_of(analyse, text, "that the levy would fail").name, "Republicans on the school board")
