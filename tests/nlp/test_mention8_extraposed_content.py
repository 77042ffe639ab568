"""`There is a risk, some teachers said, that the test would fail`: the `that` clause after the cue finishes the
content the sentence opened with, in two pieces of one quote (issue 8: a nested cue's subject taken for the
speaker, and the opening half left as a quote of its own). Sentences written for these tests, through the real model."""

import pytest

pytestmark = pytest.mark.slow


def test_the_extraposed_clause_joins_the_opening_one(analyse):
    text = "There is a chance, the mayor said, that the bridge will reopen next month."
    quotes = analyse(text)
    assert [q.text for q in quotes] == ["There is a chance … that the bridge will reopen next month"]
    assert quotes[0].speaker.mention.text == "the mayor"


def test_a_clause_nested_in_the_extraposed_part_stays_inside(analyse):
    text = (
        "But there is a danger, some teachers said, that the new test - which few schools have tried - would push "
        "the district to cut art classes."
    )
    quotes = analyse(text)
    assert len(quotes) == 1
    assert quotes[0].speaker.mention.text == "some teachers"
    assert quotes[0].text.endswith("to cut art classes")
