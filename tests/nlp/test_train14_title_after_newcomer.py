"""`… some of his supporters saw a culprit in Alison Lundergan Grimes. The secretary of state and 2014 candidate for
U.S. Senate, a longtime supporter of Clinton, even went on CNN to declare Clinton the winner`: news introduces a
person by name at the end of one sentence and says who they are at the start of the next. A definite title opening
that next sentence is the newcomer, not the older subject of the passage (we gave it to another person quoted
before). The NER had also tagged the three-word name ORG, so the entity table took it for an organisation: a name of
two or three capitalised words opening with a given name is a person's (the surname alone may be tagged a place).
Found on PolNeAR train-named. Our own sentences."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model

_BEFORE = ("Tom Harlan lost the Ohio primary on Tuesday. \"We will look at every county,\" Harlan said.\n\n")


def test_a_title_after_a_newcomer_is_the_newcomer(analyse):
    text = _BEFORE + ("As Ohio slid away from Harlan, some of his supporters blamed Mary Ellen Voss. The state treasurer said "
                      "the count had been \"clean and complete.\"")
    assert speaker_of(analyse, text, "clean and complete").name == "Mary Ellen Voss"


def test_a_newcomer_the_ner_took_for_an_organisation_is_a_person(analyse):
    text = _BEFORE + ("As Ohio slid away from Harlan on Tuesday, some of his supporters saw a culprit in Alison Hargrove Kemp. "
                      "The secretary of state and 2014 candidate for U.S. Senate, a longtime supporter of Dale, even went on "
                      "CNN to declare Dale \"the clear winner.\"")
    assert speaker_of(analyse, text, "the clear winner").name == "Alison Hargrove Kemp"


def test_a_title_the_newcomer_does_not_hold_stays_with_the_subject(analyse):  # a guard: same before and after
    text = _BEFORE + ("Some of his supporters blamed the treasurer, Mary Ellen Voss. The senator said the count had been "
                      "\"anything but clean.\"")
    assert speaker_of(analyse, text, "anything but clean").name == "Tom Harlan"

