"""`he` in a `when` clause after a person's event (issue 8): `The senator mocked Governor Avery's speech on Monday,
when he said …` tells of the speech, so `he` is its owner, not the subject talking about it; a thing that is no
event (`Avery's plan`) leaves `he` to the subject. Sentences of our own, real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow

_BEFORE = "Senator Dan Hale spoke in Dover on Tuesday. "


def test_when_clause_after_an_event_is_its_owner(analyse):
    text = _BEFORE + (
        "The senator also mocked Governor Tom Avery's speech in Dover on Monday, when he said that the flood had been "
        "\"nobody's fault.\""
    )
    assert speaker_of(analyse, text, "nobody's fault").name == "Tom Avery"


def test_when_clause_after_a_press_conference(analyse):
    text = _BEFORE + (
        "The senator also mocked Governor Tom Avery's press conference on Monday, when he refused to admit that he "
        "had misjudged the flood."
    )
    assert speaker_of(analyse, text, "misjudged the flood").name == "Tom Avery"


def test_a_thing_that_is_no_event_leaves_the_subject(analyse):
    text = _BEFORE + (
        "He praised Governor Tom Avery's plan on Monday, when he said that the flood had been \"nobody's fault.\""
    )
    assert speaker_of(analyse, text, "nobody's fault").name == "Dan Hale"
