"""`The mayor apologized for his staff's suggestion that …`: a claim named after a verb's preposition is what the
verb's subject speaks of, owner and all (issue 8: the claim's owner taken for the speaker of the sentence).
Sentences written for these tests, through the real model."""

import pytest

from tests.nlp.speaking import mention_of

pytestmark = pytest.mark.slow


def test_the_subject_apologizing_for_a_claim_is_the_speaker(analyse):
    text = "The mayor apologized for his staff's suggestion to reporters on Monday that the bridge was unsafe."
    assert mention_of(analyse, text, "the bridge was unsafe") == "The mayor"


def test_the_claim_and_its_owner_are_the_content(analyse):
    text = "The mayor apologized for his staff's suggestion to reporters on Monday that the bridge was unsafe."
    assert [q.text for q in analyse(text)] == ["his staff's suggestion to reporters on Monday that the bridge was unsafe"]


def test_a_claim_heading_its_own_sentence_is_its_owner_s(analyse):
    text = "The mayor's claim that the bridge was unsafe drew criticism from engineers."
    assert mention_of(analyse, text, "the bridge was unsafe") == "The mayor"
