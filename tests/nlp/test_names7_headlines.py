"""A headline's title for someone (`Former Seoul Pollster Says …`) is the person the article names right after that
title in its text, and a description that gives its referent's name (`a group called …`) is that name; through the
real model, on sentences of our own (issue 8, seventh round)."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_a_headline_title_is_the_person_the_text_names_after_it(analyse):
    text = (
        "Former Seoul Pollster Says Mayor Faces Defeat In June.\n\n"
        "Former Seoul city pollster Park Min-ho appeared on a morning radio show on Monday. Park told the host that "
        "the mayor's numbers had fallen for six weeks.\n\n"
        "Kim Ji-woo, the mayor's spokeswoman, said the campaign was confident."
    )
    speaker = speaker_of(analyse, text, "Mayor Faces Defeat")
    assert speaker.name == "Park Min-ho"


def test_a_headline_star_is_the_person_named_as_that_star(analyse):
    text = (
        "Former Lagos Nights Star Says Stage Actors Are Ignored.\n\n"
        "Former \u201cLagos Nights\u201d star Ngozi Okonjo-Adeyemi has spent ten years on the stage. Her co-star, "
        "Jean-Luc M\u00e9lenchon-Diallo, praised the cast."
    )
    assert speaker_of(analyse, text, "Stage Actors Are Ignored").name == "Ngozi Okonjo-Adeyemi"



def test_a_description_that_gives_its_referents_name_is_that_name(analyse):
    text = (
        "Organizers expect large crowds in the city next month.\n\n"
        "One of the rallies is being organized by a group called Friends of the Harbour, which said it expected "
        "5,000 people to attend.\n\n"
        "A farmer named Ana Ruiz said the river had flooded twice.\n\n"
        "One senator called Ruiz \u201ca hero of the valley.\u201d"
    )
    assert speaker_of(analyse, text, "expected 5,000 people").name == "Friends of the Harbour"
    assert speaker_of(analyse, text, "flooded twice").name == "Ana Ruiz"
    assert speaker_of(analyse, text, "a hero of the valley").name != "Ana Ruiz"  # `called` saying something of Ruiz
