"""Which of two namesakes a bare surname is, and a collective named after a person, through the real model on
sentences of our own (issue 8)."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_a_bare_surname_is_not_the_namesake_the_same_sentence_names_in_full_after_it(analyse):
    text = (
        "Tomas Varga spoke for an hour at the college on Monday. His wife, Irena Varga, is running for mayor.\n\n"
        "Irena Varga waved from the front row as the crowd cheered.\n\n"
        "“Nobody has been better prepared for this job,” Varga declared of Irena Varga, to loud applause."
    )
    assert speaker_of(analyse, text, "Nobody has been better prepared").name == "Tomas Varga"


def test_a_full_name_inside_a_quotation_leaves_the_namesake_choice_alone(analyse):
    text = (
        "Tomas Varga spoke for an hour at the college on Monday. His brother, Emil Varga, runs the family firm.\n\n"
        "Tomas Varga answered questions for twenty minutes.\n\n"
        "Varga called the judge “a hater of Tomas Varga” on Friday."
    )
    assert speaker_of(analyse, text, "a hater of").name == "Tomas Varga"


def test_a_team_named_after_a_person_does_not_take_that_persons_surname(analyse):
    text = (
        "Grace Okafor is running for the open Senate seat.\n\n"
        "Her rival dismissed Team Okafor’s claim that the valley was safe.\n\n"
        "“We will carry the valley,” Okafor said on Tuesday."
    )
    assert speaker_of(analyse, text, "We will carry the valley").name == "Grace Okafor"
