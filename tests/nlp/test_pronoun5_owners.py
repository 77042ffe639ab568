"""A possessive name in the pronoun's own sentence is its antecedent only when no pronoun of the same person stands
before it there (issue 8): in `Angered by his memory of …, inspired by Ruiz's plan, he is …` the pronouns are about
someone named before, not the owner of the plan. Sentences of our own, real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("named, short, role", [("Senator Paul Ruiz", "Ruiz", "senator"), ("Mayor Ana Lind", "Lind", "mayor")])
def test_an_owner_after_a_pronoun_of_the_sentence_is_not_the_pronoun(analyse, named, short, role):
    text = (
        f"{named} has promised to reopen the mill. Across the street, handing out leaflets for the {short} "
        "campaign, is Tom Avery, a 40-year-old mechanic who quit his job in May. Angered by his memory of the mill "
        f"closures and inspired by {short}'s plan for the river, he's working for the {role} full time.\n\n"
        "\"I knock on every door in this town,\" he said."
    )
    assert speaker_of(analyse, text, "every door").name == "Tom Avery"
