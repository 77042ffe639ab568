"""`…, the BBC reported.`, `…, a police report indicates.`, `…, the survey found.`: a verb of reporting after a
sentence without quotation marks reports all of it, as `said` does (issue 8: no speaker found though the text gives
one). Sentences written for these tests, through the real model."""

import pytest

from tests.nlp.speaking import mention_of

pytestmark = pytest.mark.slow


def test_a_station_reported_after_the_sentence_is_its_source(analyse):
    text = "The mayor was returning home to attend his brother's wedding, the local radio station reported."
    assert mention_of(analyse, text, "returning home") == "the local radio station"


def test_a_report_that_indicates_relays_what_someone_told_the_police(analyse):
    text = "The driver told officers she had not slept for two days, a police report indicates."
    assert mention_of(analyse, text, "had not slept") == "a police report"


def test_a_survey_found(analyse):
    text = "Fifty-two percent of voters in the county oppose the new tax, the survey found."
    assert mention_of(analyse, text, "oppose the new tax") == "the survey"
