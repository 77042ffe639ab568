"""A thing the parse made the subject of a reporting verb gives way to who can speak (issue 8, wrong speaker
mentions, round 5): the reporter of the clause a second verb was joined to, the people after an inverted `say`
set off by commas, and the pronoun a contraction is glued to. Sentences written for these tests, through the
real model."""

import pytest

from tests.nlp.speaking import mention_of, speaker_of

pytestmark = pytest.mark.slow


def test_a_verb_joined_to_a_reported_clause_goes_on_in_the_reporters_voice(analyse):
    text = "Ms. Ortiz forecast that the weak economy would soon recover and praised efforts by the governor to find a budget deal."
    assert mention_of(analyse, text, "efforts by the governor") == "Ms. Ortiz"


def test_people_after_an_inverted_say_set_off_by_commas_speak_not_the_thing_before(analyse):
    text = "Part of the problem in finding the leaks, say engineers like Ann Cole, a water expert, is the age of the pipes."
    assert mention_of(analyse, text, "age of the pipes") == "engineers"


def test_a_described_group_after_an_inverted_said_speaks(analyse):
    text = "The cost of the new bridge, said several council members, is far too high for a town of this size."
    assert speaker_of(analyse, text, "far too high").name == "several council members"


def test_a_contraction_read_as_the_subject_leaves_the_relative_it_is_glued_to(analyse):
    text = "The goal is to convince enough of the delegates who’ve already said they support Lane to switch sides."
    assert speaker_of(analyse, text, "they support Lane").name == "the delegates"
