"""`A spokesperson for Health Minister Sylvia Jones said …`: the small model parses the name as a second subject of
`said` and leaves `for` without its object, so the quote went to the minister with the role `spokesperson for
Health Minister`. The spokesperson speaks, unnamed, described as the article writes it (NAMES.md rule 2), as `a
spokesman for Mayor Olivia Chow said`, parsed right, always was. Our own sentences."""

import pytest

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("text, described", [
    ("A spokesperson for Health Minister Sylvia Jones said the clinic would reopen in March.",
     "A spokesperson for Health Minister Sylvia Jones"),
    ("In an email to the Star, a spokesperson for Health Minister Sylvia Jones said the clinic would reopen in March.",
     "a spokesperson for Health Minister Sylvia Jones"),
])
def test_the_spokesperson_speaks_not_the_minister(analyse, text, described):
    (quote,) = analyse(text)
    assert quote.speaker is not None
    assert quote.speaker.name == described
    assert quote.speaker.mention.text == described


def test_a_name_parsed_right_keeps_its_description(analyse):  # a guard: passes with and without the rule
    (quote,) = analyse("A spokesman for Mayor Olivia Chow said the budget was balanced.")
    assert quote.speaker.name == "A spokesman for Mayor Olivia Chow"


def test_a_named_subject_after_a_full_phrase_still_speaks(analyse):
    (quote,) = analyse("After a meeting with the union, Health Minister Sylvia Jones said the clinic would reopen.")
    assert quote.speaker.name == "Sylvia Jones"
