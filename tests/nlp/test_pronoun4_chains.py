"""A pronoun owning the subject (`His team is …`) carries the topic on like a subject pronoun: the `He` after it is
that topic, not the owner of a noun in the same sentence (issue 8). Sentences of our own, real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_he_after_his_team_is_the_topic_not_the_owner_of_a_noun(analyse):
    text = (
        "Governor Paul Lind plans his final tour.\n\n"
        "His staff is stepping up its quiet talks with Senator Tom Avery's office. He hasn't held a rally in a week.\n\n"
        "\"I will finish what I started,\" he said on Tuesday."
    )
    assert speaker_of(analyse, text, "finish what I started").name == "Paul Lind"
