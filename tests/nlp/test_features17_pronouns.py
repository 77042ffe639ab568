"""Pronouns and documents in features (features17), on sentences of our own through the real model: a `she` no one
agrees with is not a man whose `he` the article wrote (the gender-free fallback of `pronoun_resolution`); the person
quoted last loses the benefit of the doubt when a gendered kin word states their gender (`his brother, Amos`:
`antecedent_agreement._kin_of_someone`); a subject pronoun opening the sentence after the reporter's own question is
the one asked (`I asked Mateo what he thought his grandfather …. He was quiet`); a bare `one` reading out a text is
one of the documents just spoken of (`one_of_documents`)."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_she_is_not_the_man_quoted_just_before(analyse):
    text = ("Tommy did not turn around. “The oil isn't hot yet,” he said.\n\n"
            "The woman at the register shook her head. Her name is Greta Lindqvist, and she has kept the books here "
            "since 1994.\n\n"
            "“The oil is always hot enough for him,” she says.")
    assert speaker_of(analyse, text, "hot enough for him").name == "Greta Lindqvist"


def test_she_is_not_the_brother_quoted_last(analyse):
    text = ("Theo Marsh found the letters in 2019. “I have read every one,” he says. Most were written by his own brother, "
            "Amos, who moved to Oregon in 1961. In one, from 1979, Amos wrote that the rain “never stops and never "
            "will.”\n\n"
            "Amos died in 2003. Theo never met his brother's second wife, but she wrote to him after the funeral. "
            "“Amos kept every one of your letters,” she wrote.")
    assert speaker_of(analyse, text, "kept every one").name not in ("Amos", "Theo Marsh")


def test_he_after_the_reporters_question_is_the_one_asked(analyse):
    text = ("Mateo Serrano has farmed the same forty acres outside Fresno since 1988. On my last visit, I asked "
            "Mateo what he thought his grandfather would say about the almonds. He was quiet for a while. "
            "“He'd say we planted too many trees,” he said finally.")
    assert speaker_of(analyse, text, "planted too many").name == "Mateo Serrano"


@pytest.mark.parametrize("opening, verb", [("“The rain came again today,” one begins.", "begins"),
                                           ("“The rain came again today,” reads one from March 1962.", "reads")])
def test_one_of_the_letters_speaks_for_their_writer(analyse, opening, verb):
    text = ("Ines Carrow wrote to her son every week for thirty years. Ines Carrow's letters fill two shoeboxes in "
            f"his basement. {opening} “The roof is holding.”")
    assert speaker_of(analyse, text, "rain came again").name == "Ines Carrow"


def test_about_one_in_five_is_no_document(analyse):
    text = ("A survey by the Harlan Institute found most tenants expect rents to rise. About one in five said they "
            "would move within a year.")
    assert speaker_of(analyse, text, "would move").name != "Harlan Institute"


def test_a_gendered_role_word_may_still_be_the_woman_named(analyse):
    text = ("Dame Edith Marlowe was 70 when she was offered her first Prospero. She said no twice.\n\n"
            "“I thought it was a joke,” says the actor, who opens in the role in Bath next month.")
    assert speaker_of(analyse, text, "was a joke").name == "Edith Marlowe"
