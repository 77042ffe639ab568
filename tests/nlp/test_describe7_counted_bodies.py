"""A definite plural organisation noun, or `they`, after a body of organisations the article counted with a number
and quoted, is that body as first written; a letter nobody is named behind speaks for it (branch `describe7`):
golden tests through the real model, sentences of our own."""

from tests.nlp.speaking import speaker_of

_UNIONS = ("Nine labor and tenant organizations are urging Mayor Tom Reyes to drop the rent plan, saying it "
           "\"will push families out of the city.\"\n\n"
           "Reyes defended the plan at a news conference on Monday.\n\n"
           "The {} say the plan \"helps landlords and nobody else.\" They argue that the council should vote it down.\n\n"
           "\"The mayor has ignored every tenant who came to the hearings,\" the letter says.")


def test_the_groups_are_the_counted_organizations(analyse):
    assert speaker_of(analyse, _UNIONS.format("groups"), "helps landlords").name == "Nine labor and tenant organizations"


def test_they_after_the_groups_are_the_counted_organizations(analyse):
    assert speaker_of(analyse, _UNIONS.format("groups"), "council should vote").name == "Nine labor and tenant organizations"


def test_the_letter_speaks_for_the_counted_organizations_just_quoted(analyse):
    assert speaker_of(analyse, _UNIONS.format("groups"), "ignored every tenant").name == "Nine labor and tenant organizations"


def test_a_described_subset_is_not_the_counted_body(analyse):
    assert speaker_of(analyse, _UNIONS.format("tenant groups"), "helps landlords").name != "Nine labor and tenant organizations"


def test_the_groups_after_the_letter_are_still_the_counted_organizations(analyse):
    text = _UNIONS.format("groups") + "\n\nThe groups also point out that the council passed a similar plan in 2019."
    assert speaker_of(analyse, text, "passed a similar plan").name == "Nine labor and tenant organizations"
