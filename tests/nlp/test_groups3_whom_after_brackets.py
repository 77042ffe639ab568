"""`both of whom`, `all of whom` after names followed by their party letters in brackets, through the real model on
sentences written for these tests: the relative stands for the names before the brackets."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_all_of_whom_after_a_list_with_party_letters_is_the_list(analyse):
    text = "The mayor met Sens. Tim Varga (D-Ore.), Joe Mills (D-Mont.) and Ann Cole (R-Fla.), all of whom said the bill would pass."
    speaker = speaker_of(analyse, text, "the bill would pass")
    assert speaker.name == "Tim Varga and Joe Mills and Ann Cole"
    assert speaker.members == ("Tim Varga", "Joe Mills", "Ann Cole")


def test_both_of_whom_after_two_names_with_party_letters_is_the_pair(analyse):
    text = "The mayor met Sens. Tim Varga (D-Ore.) and Ann Cole (R-Fla.), both of whom said the bill would pass."
    assert speaker_of(analyse, text, "the bill would pass").name == "Tim Varga and Ann Cole"
