"""A party or a nation alone is no person (fix13): `a fellow Democrat` is no title before a name (`name_runs`), a
name whose last word the NER reads as a party modifies the people after it (`House Republican leaders`: `entities`),
and `who` after `Carl Whitby, a fellow Democrat who has said` is Whitby (`identity.relative_antecedent`). Our own
sentences; before fix13 `Democrat` and `House Republican` were people, who took `who` and a later `she`."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model

TEXT = ("The budget was the top priority of Senate Democratic leaders this spring. The plan faces a showdown with Senate "
        "President Carl Whitby, a fellow Democrat who has said he will block it.\n\n"
        "\"We will not pass a budget we cannot pay for,\" Whitby said.\n\n"
        "Some mayors welcomed the delay. Lane County Commissioner Rita Oakes, a Democrat, said the plan would have "
        "shifted costs to the counties. \"Somebody has to pay for the roads,\" she said.")


def test_who_after_a_party_in_apposition_is_the_named_person(analyse):
    assert speaker_of(analyse, TEXT, "block it").name == "Carl Whitby"


def test_a_party_word_does_not_take_a_later_pronoun(analyse):
    assert speaker_of(analyse, TEXT, "pay for the roads").name == "Rita Oakes"


def test_house_republican_leaders_are_no_person(analyse):
    text = ("The measure was the top priority of House Republican leaders this year. Its defeat sets up a fight with "
            "House Speaker Dan Ortiz, a fellow Republican who has said he has the votes to revive it.")
    assert speaker_of(analyse, text, "revive it").name == "Dan Ortiz"
