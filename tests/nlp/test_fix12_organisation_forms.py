"""Organisations British news writes in forms of their own: a council with its tier in lower case after the place
(`Leicester city council said`) is the council, not the place; a union written as `the GMB union` is the union the
acronym names (`GMB`). Our own sentences; before fix12 the speakers were `Leicester` and `the GMB union`."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_council_with_its_tier_in_lower_case_is_the_council(analyse):
    text = "Leicester city council said the bus lane would open in March."
    assert speaker_of(analyse, text, "the bus lane").name == "Leicester city council"


def test_a_county_council_is_the_council_and_the_council_is_it(analyse):
    text = "Devon county council said it had run out of grit. The council said more would arrive on Friday."
    assert speaker_of(analyse, text, "run out of grit").name == "Devon county council"
    assert speaker_of(analyse, text, "more would arrive").name == "Devon county council"


@pytest.mark.parametrize("text, starting, union", [
    ("Bus drivers in Leeds will walk out next week in a dispute over shifts, the GMB union said.", "Bus drivers", "GMB"),
    ("Nurses will stage a second walkout next month, the RCN union said on Tuesday.", "Nurses", "RCN"),
])
def test_an_acronym_before_union_is_the_union(analyse, text, starting, union):
    assert speaker_of(analyse, text, starting).name == union


@pytest.mark.parametrize("text, starting", [
    ("Profits fell by a third in the first half, the UK company said on Tuesday.", "Profits fell"),
    ("The vaccine was safe for children over five, the EU agency said.", "The vaccine"),
])
def test_a_place_or_a_body_of_many_before_the_noun_is_not_the_speaker(analyse, text, starting):
    assert speaker_of(analyse, text, starting).name not in ("UK", "EU")
