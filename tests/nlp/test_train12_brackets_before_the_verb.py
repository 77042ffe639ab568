"""`Saturday at the party convention Sen. Ann Ortiz (D-Ohio) said …`: with a fronted phrase before the name the
parser hangs the name on that phrase, and the verb after the party letters has no subject. The words in brackets
right before the verb are set aside and the name before them speaks. Found on PolNeAR train.jsonl (Breitbart's
`(D-MA)` after a fronted date and place). Our own sentences."""

import pytest

from tests.nlp.speaking import mention_of, speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_the_name_before_party_letters_speaks(analyse):
    text = "Saturday at the Ohio Democratic party convention Sen. Ann Ortiz (D-OH) said the governor was a failure."
    assert mention_of(analyse, text, "the governor was a failure") == "Sen. Ann Ortiz"
    assert speaker_of(analyse, text, "the governor was a failure").name == "Ann Ortiz"


def test_a_plain_subject_before_brackets_is_unchanged(analyse):  # a guard: parsed right, before and after
    assert mention_of(analyse, "Sen. Ann Ortiz (D-OH) said the governor was a failure.", "the governor was a failure") == "Sen. Ann Ortiz"
