"""Golden tests through the real model: `called the plan "a disaster"` and `described the deal as "a betrayal"` are
mixed quotes, what is named and the quoted name it is given. Each sentence is our own; before world9 the short quoted
name was set aside as a scare quote and the attribution was missed."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize(
    ("text", "starting", "quoted", "name"),
    [
        ("Opposition Leader Gareth Penhale called the budget \"a reheated promise\" and left the chamber.", "the budget", "reheated promise", "Gareth Penhale"),
        ("Councillor Mae Tobin called the landlord's offer \"insulting.\"", "the landlord's offer", "insulting", "Mae Tobin"),
        ("Union leader Dev Ashar described the pay deal as \"a betrayal of every nurse.\"", "the pay deal", "betrayal of every nurse", "Dev Ashar"),
    ],
)
def test_a_quoted_name_given_to_something_is_a_mixed_quote(analyse, text, starting, quoted, name):
    assert speaker_of(analyse, text, starting).name == name
    assert quoted in next(q.text for q in analyse(text) if starting in q.text)


def test_an_unquoted_name_is_not_read_as_a_quote(analyse):
    assert analyse("The mayor called the meeting a success and went home.") == []


@pytest.mark.parametrize(
    ("text", "starting", "quoted", "name"),
    [
        ("Councillor Reza Amini described himself as \"the last fiscal conservative at city hall.\"", "himself", "fiscal conservative", "Reza Amini"),
        ("Chief Constable Ruth Ellacott described the protests as largely \"good-natured.\"", "the protests", "good-natured", "Ruth Ellacott"),
    ],
)
def test_a_quoted_description_after_as_is_a_mixed_quote(analyse, text, starting, quoted, name):
    assert speaker_of(analyse, text, starting).name == name
    assert quoted in next(q.text for q in analyse(text) if starting in q.text)

