"""`a group of imams called for a boycott of …`: when the parse makes the cue a clause of the speaker's noun (a
participle `called`), the speaker's description still ends before its own cue (it was `a group of imams called for a
boycott of Ortiz's speech and the prominent Muslim civil rights organization`), and a noun the parse coordinated with
the speaker past that cue is no co-speaker. Found on PolNeAR train-named in two articles (`a group of rabbis called
for a boycott`, `one lawmaker called Trump “…”`). Our own sentences."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_the_description_stops_at_its_cue(analyse):
    text = ('That proposal prompted the council to hold a debate in May on whether to censure Ortiz; one member called '
            'Ortiz "the loudest man in the capital." But the move failed.')
    assert speaker_of(analyse, text, "the loudest man in the capital").name == "one member"


def test_a_conjunct_past_the_cue_is_no_co_speaker(analyse):
    text = ("In the days before Ortiz's scheduled appearance at the gala, a group of imams called for a boycott of his "
            "speech, and the prominent Muslim civil rights organization the Harbor Council strongly denounced Ortiz's "
            'rhetoric and said it would "redirect" all of his past donations to the council.')
    assert speaker_of(analyse, text, "a boycott of his speech").name == "a group of imams"


def test_a_described_speaker_parsed_right_is_unchanged(analyse):  # a guard: same before and after
    text = ("In the days before the mayor's scheduled address at the forum, a group of pastors called for a boycott of "
            "his speech, and the state's largest civil rights organization the Ohio Justice League strongly denounced his rhetoric.")
    assert speaker_of(analyse, text, "a boycott of his speech").name == "a group of pastors"
