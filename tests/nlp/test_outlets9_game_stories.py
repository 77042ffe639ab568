"""Golden tests through the real model: a count added to a score (`Ana Silva added 14`) reports nothing, so the
clause before it is no quotation, and a way talked into (`talked his way into a tryout`) is no speech. Sentences of
our own; before outlets9 `Nia Brooks scored 22 points` was reported as said by the player who `added 14`, and `his
way into a tryout` as what Ortiz talked."""

import pytest

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("text", [
    "Nia Brooks scored 22 points, Ana Silva added 14 and the Storm beat the Lynx 88-80 on Sunday.",
    "Ray Ortiz threw for 300 yards, Ken Obi added two touchdowns and Navy won 28-14.",
])
def test_a_count_added_to_a_score_reports_nothing(analyse, text):
    assert [q.text for q in analyse(text)] == []


def test_added_still_reports_a_clause(analyse):
    quotes = analyse("Ana Silva added that the team had finally found its rhythm.")
    assert [q.speaker.name for q in quotes] == ["Ana Silva"]


@pytest.mark.parametrize("text", [
    "He moved to Memphis as a teenager, where he talked his way into a job sweeping floors at a studio.",
    "Ortiz talked his way into a tryout with the Yankees.",
])
def test_a_way_talked_into_is_no_quotation(analyse, text):
    assert [q.text for q in analyse(text)] == []
