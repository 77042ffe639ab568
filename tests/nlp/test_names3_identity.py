"""Speaker names through the real model, on sentences of our own (issue 8): a family named by its plural, an
organisation spelt two ways, a name after a list item's dash, and a second description sharing an apposition's
determiner."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_a_surnames_plural_is_the_two_people_of_that_surname(analyse):
    text = (
        "Marta Vollen, 58, has run the bakery on Elm Street since 1990. Her husband, Olaf Vollen, bakes the bread.\n\n"
        "The Vollens said the new rent was more than the shop could bear."
    )
    assert speaker_of(analyse, text, "the new rent was").name == "Marta Vollen and Olaf Vollen"


def test_an_organisation_spelt_without_its_final_s_is_the_one_named_first(analyse):
    text = (
        "Harbor Works Guilds released a survey of dock workers on Monday.\n\n"
        "In a poll of 600 workers, Harbor Works Guild found that most wanted shorter shifts."
    )
    assert speaker_of(analyse, text, "most wanted shorter shifts").name == "Harbor Works Guilds"


def test_a_name_glued_to_a_list_items_dash_is_the_full_name(analyse):
    text = (
        "Here is what else we are reading this week:\n\n"
        "-Tomasz Wielgosz argues that the county vote will be close. [Ledger]\n\n"
        "-Ines Carvalho finds that turnout fell in the north. [Courier]"
    )
    assert speaker_of(analyse, text, "the county vote will be close").name == "Tomasz Wielgosz"


def test_a_second_description_without_its_own_determiner_is_no_second_speaker(analyse):
    text = (
        "Pella Marsh spoke in Dover.\n\n“We will win this county,” Marsh, the party's gubernatorial nominee statewide "
        "and current polling leader in Kent County by a wide margin, said on Sunday."
    )
    assert speaker_of(analyse, text, "We will win this county").name == "Pella Marsh"
