"""`found themselves targeted`: finding oneself somewhere reports nothing (issue 8: spurious attributions).
Sentences written for these tests, through the real model."""

import pytest

pytestmark = pytest.mark.slow


def test_finding_oneself_somewhere_is_no_report(analyse):
    text = "The two front-runners found themselves increasingly targeted by rivals with little time left to catch up."
    assert [q.text for q in analyse(text)] == []


def test_a_station_finding_itself_playing_host_is_no_report(analyse):
    text = "The network finds itself playing host to the candidates night after night this winter."
    assert [q.text for q in analyse(text)] == []


def test_a_finding_of_a_study_is_still_reported(analyse):
    text = "The study found that most voters in the county trust their local newspaper more than television."
    assert [q.speaker.mention.text for q in analyse(text)] == ["The study"]
