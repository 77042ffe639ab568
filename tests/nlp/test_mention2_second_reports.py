"""A second report joined to the first one's content (`X said A, while Y said B`) is a quote of its own, spoken by
its own subject (issue 8, wrong speaker mentions), on sentences written for these tests, through the real model."""

import pytest

from tests.nlp.speaking import mention_of

pytestmark = pytest.mark.slow


def test_a_contrasting_report_hung_on_the_first_cue_has_its_own_speaker(analyse):
    text = "About four out of 10 voters said life would be worse, while nine in 10 said they thought the economy favors the wealthy."
    assert mention_of(analyse, text, "economy favors the wealthy") == "nine in 10"
    assert mention_of(analyse, text, "life would be worse") == "About four out of 10 voters"


def test_a_report_joined_to_the_first_ones_content_by_and_has_its_own_speaker(analyse):
    text = "One in three said the party does not care and one in four said the party was hostile to the community."
    quotes = [q for q in analyse(text) if "does not care" in q.text]
    assert len(quotes) == 1 and "hostile" not in quotes[0].text
    assert mention_of(analyse, text, "hostile to the community") == "one in four"


def test_a_report_the_first_one_tells_of_stays_inside_its_content(analyse):
    text = "The groups point out that the campaign removed the mayor after he suggested that the camps could be a model."
    assert mention_of(analyse, text, "the camps could be a model") == "The groups"


def test_a_second_that_clause_of_the_same_report_stays_its_content(analyse):
    text = "To varying degrees, all agreed that the plan would raise taxes on the rich but that it would add new layers of complexity."
    assert mention_of(analyse, text, "new layers of complexity") == "all"
