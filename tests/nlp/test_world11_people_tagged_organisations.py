"""Golden tests through the real model: a person's name the NER tagged as an organisation in general news, which
then was no antecedent of `he` or `she` and no bearer of its lone given name. Each sentence is our own; before
world11 the pronoun went to the last person quoted and the given name stayed a name of its own."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize(
    ("text", "starting", "name"),
    [
        ("Makokis says prices are her biggest worry now. \"I am not getting rich,\" she says.\n\n"
         "Her nephew, Tyler Cardinal, works the till after school. He says his aunt knows every customer by name.",
         "his aunt knows", "Tyler Cardinal"),
    ],
)
def test_a_name_beside_a_kinship_noun_is_a_person(analyse, text, starting, name):
    assert speaker_of(analyse, text, starting).name == name


def test_a_name_given_an_age_is_a_person(analyse):
    text = ("Speaking through an interpreter, Dawit Tesfay, 27, told the BBC he had been held in Libya for eight months.\n\n"
            "\"I did not come here for money,\" he said.")
    assert speaker_of(analyse, text, "I did not come").name == "Dawit Tesfay"


def test_a_given_name_the_ner_tagged_an_organisation_is_the_one_person_of_that_name(analyse):
    text = ("Callum Doig plays in midfield for Hearts. His twin, Euan Doig, is Motherwell's captain.\n\n"
            "\"Mum has bought a scarf,\" Callum said.")
    assert speaker_of(analyse, text, "Mum has bought").name == "Callum Doig"


def test_a_given_name_an_organisation_of_the_article_opens_with_stays_apart(analyse):
    text = ("Morgan Hale joined the bank in 2019.\n\nMorgan Stanley said in a statement that it would appeal.\n\n"
            "\"We disagree with the ruling,\" Morgan said.")
    assert speaker_of(analyse, text, "We disagree").name != "Morgan Hale"
