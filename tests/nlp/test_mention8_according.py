"""`according to X` after a quotation's own reporting clause, or after a relative clause, relays only what it
follows (issue 8: the speaker mention of the sentence's own report, and spurious attributions).
Sentences written for these tests, through the real model."""

import pytest

from tests.nlp.speaking import mention_of

pytestmark = pytest.mark.slow


def test_a_relayed_quotation_is_not_reported_twice(analyse):
    text = '"We will not back down on the budget," Ortega said, according to a recording of the meeting.'
    quotes = analyse(text)
    assert [q.text for q in quotes] == ["We will not back down on the budget,"]
    assert quotes[0].speaker.mention.text.endswith("recording of the meeting")


def test_according_to_after_a_relative_clause_vouches_for_that_clause(analyse):
    text = (
        "The union's lawyer, Dana Brooks, says the ruling proves the strike was legal, which the company has "
        "disputed for months, according to the local newspaper."
    )
    assert mention_of(analyse, text, "the strike was legal") == "The union's lawyer, Dana Brooks"


def test_a_relative_clause_inside_a_report_keeps_the_reporter(analyse):
    text = (
        "The county announced on Monday that it hired Mara Quinn, who has worked for three governors, according to "
        "the Gazette."
    )
    assert mention_of(analyse, text, "it hired Mara Quinn") == "The county"


def test_according_to_before_the_sentence_relays_all_of_it(analyse):
    text = 'According to the council\'s minutes, Ortega said he voted no because "the plan costs too much."'
    assert mention_of(analyse, text, "he voted no") == "the council's minutes"
