"""A speaker's description ends before its own quote's cue (`a group of rabbis called for …`), so a head that two
quotes share is resolved once for each quote, not once for the article: `Ana Ortiz, who said …, and Tom Lind said`
gives the relative clause's quote to Ortiz alone and the main clause's to both. Before, the resolution cached for the
first quote (cut at its cue, before `and Tom Lind`) was reused for the second. Our own sentences."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model

TEXT = ('Ana Ortiz, who said last week that the plan was reckless, and Tom Lind said the vote would fail on '
        'Tuesday.')


def test_the_relative_clause_is_the_first_conjunct_alone(analyse):
    assert speaker_of(analyse, TEXT, "the plan was reckless").name == "Ana Ortiz"


def test_the_main_clause_is_both_conjuncts(analyse):
    speaker = speaker_of(analyse, TEXT, "the vote would fail")
    assert speaker.name == "Ana Ortiz and Tom Lind"
    assert speaker.members == ("Ana Ortiz", "Tom Lind")
