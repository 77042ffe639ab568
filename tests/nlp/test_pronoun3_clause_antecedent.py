"""A pronoun that is the subject of a subordinate clause stands for the subject of the clause holding it, and one
in a clause opening the sentence for the main subject after it (issue 8, pronouns resolved to the wrong entity).
Sentences of our own, real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_he_in_a_clause_on_the_object_is_the_subject_holding_it(analyse):
    text = (
        "Governor Paul Lind defended his budget in the capital on Monday.\n\n"
        "The governor spoke hours after Senator Tom Avery, who leads in the polls, held a news conference nearby "
        "in which he said the budget plan was a disgrace for the state."
    )
    assert speaker_of(analyse, text, "budget plan was a disgrace").name == "Tom Avery"


def test_he_in_a_clause_opening_the_sentence_is_the_main_subject_after_it(analyse):
    text = (
        "Governor Paul Lind opened the hearing on the new bridge on Monday.\n\n"
        "After he said the bridge was unsafe for school buses, Senator Tom Avery walked out of the hearing."
    )
    assert speaker_of(analyse, text, "bridge was unsafe").name == "Tom Avery"


def test_the_person_asked_about_a_claim_is_the_one_who_made_it(analyse):
    text = (
        "Radio host Tom Avery asked Senator Paul Lind about remarks he had made the night before, when he said "
        "the new tax was a disaster for families."
    )
    assert speaker_of(analyse, text, "disaster for families").name == "Paul Lind"


def test_a_clause_on_a_thing_passes_to_the_person_above_it(analyse):
    text = (
        "In her meeting with reporters, Ambassador Ana Ruiz also welcomed a recent statement by Grand Cardinal "
        "Marco Bellini, which, as she summarized it, included “a call for calm in all forms” across the region."
    )
    assert speaker_of(analyse, text, "a call for calm").name == "Ana Ruiz"


def test_they_in_a_clause_is_the_plural_subject_holding_it(analyse):
    text = (
        "Researchers studied data from rural school districts, in which some principals had the freedom to hire "
        "the teachers they thought were the most gifted, while others relied on a written test."
    )
    speaker = speaker_of(analyse, text, "most gifted")
    assert "principals" in speaker.name
