"""`X accused Y of Z`: X's report is Y and the charge, so a report nested in the charge (`students who were told …`)
stays inside it and X speaks (issue 8: the subject of a nested report against the outer speaker).
Sentences written for these tests, through the real model."""

import pytest

from tests.nlp.speaking import mention_of

pytestmark = pytest.mark.slow


def test_the_accuser_speaks_for_the_target_and_the_charge(analyse):
    text = "The senator accused her rival of hiding the cost of the plan."
    assert mention_of(analyse, text, "hiding the cost") == "The senator"


def test_a_report_nested_in_the_charge_is_the_accuser_s(analyse):
    text = "Two lawsuits filed in Denver have accused the academy of misleading students who were told they would find jobs."
    assert mention_of(analyse, text, "would find jobs").startswith("Two lawsuits")


def test_a_second_report_after_the_charge_is_its_own(analyse):
    text = "The mayor accuses the council of wasting money on consultants while the council suggests the mayor is a captive of the unions."
    assert mention_of(analyse, text, "wasting money") == "The mayor"
    assert mention_of(analyse, text, "captive of the unions") == "the council"

