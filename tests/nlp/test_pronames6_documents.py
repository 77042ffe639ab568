"""Who stands behind a document (issue 8): `according to calculations by X` quotes X, and a clause the parser hangs
on the noun of a phrasal preposition (`in the wake of polls by X that showed …`) describes the noun after `of`, so
the polls speak for whoever took them. Sentences of our own, real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_calculations_by_a_person_quote_that_person(analyse):
    text = (
        "A fair rent for a family of four in Dover is about $1,400 a month, according to calculations by Dora Vance "
        "of the Harbor Institute."
    )
    assert speaker_of(analyse, text, "fair rent").name == "Dora Vance"


def test_polls_in_the_wake_of_speak_for_their_pollster(analyse):
    text = (
        "The new survey comes in the wake of polls by Harbor University that showed the mayor trailing in two "
        "districts."
    )
    assert speaker_of(analyse, text, "mayor trailing").name == "Harbor University"

