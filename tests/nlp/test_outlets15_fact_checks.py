"""Fact-checks (issue 8, outlets15), on sentences of our own: the narration's `we` of a fact-check is the outlet the
article names (`We found that …` → PolitiFact Wisconsin), not a campaign named before it; `Experts we spoke to said`
is the experts; with no outlet named, `we` is left to the pronoun steps as before."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model

CHECK = (
    "Republican Senate candidate Dale Morrow says his opponent “voted to raise taxes 14 times.”\n\n"
    "PolitiFact Wisconsin looked at the votes. Morrow's campaign sent us a list of 14 House votes. Campaign "
    "spokesperson Ann Vail said in an email that each vote “raised a tax.”\n\n"
    "We found that the list leans heavily on procedural votes. Experts we spoke to said that counting such votes as "
    "votes for a tax is misleading."
)


def test_a_fact_checks_own_we_is_the_outlet(analyse):
    assert speaker_of(analyse, CHECK, "the list leans heavily").name == "PolitiFact Wisconsin"


def test_experts_we_spoke_to_are_the_experts(analyse):
    assert speaker_of(analyse, CHECK, "counting such votes").name != "PolitiFact Wisconsin"
