"""`echoing commentators who have suggested …`: the person a relaying verb passes on speaks the nested report
(issue 8: the outer subject taken for the speaker of a report nested in its object).
Sentences written for these tests, through the real model."""

import pytest

from tests.nlp.speaking import mention_of

pytestmark = pytest.mark.slow


def test_the_echoed_person_speaks_the_nested_report(analyse):
    text = "The governor laughed at the idea, echoing several local columnists who have suggested that the mayor fears the unions."
    assert mention_of(analyse, text, "the mayor fears the unions") == "who"


def test_an_echo_of_a_person_is_no_quote_of_its_own(analyse):
    text = "The governor laughed at the idea, echoing several local columnists who have suggested that the mayor fears the unions."
    assert [q.cue.text for q in analyse(text)] == ["suggested"]


def test_a_praised_person_stays_what_is_praised(analyse):
    text = "The pastor praised the evangelist Frank Gordon, who has vowed never to shop there again, at the rally."
    assert mention_of(analyse, text, "Frank Gordon") == "The pastor"
