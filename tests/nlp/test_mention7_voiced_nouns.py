"""A reporting noun no one owns, voiced by a verb (`made the point that …`), is said by that verb's subject; a
`say` with its own object (`said the same thing`) reports no clause before it (issue 8, wrong speaker mentions).
Sentences written for these tests, through the real model."""

import pytest

from tests.nlp.speaking import mention_of

pytestmark = pytest.mark.slow


def test_made_the_point_that_is_said_by_the_subject(analyse):
    text = "Gomez also made the point that the company had not paid overtime in two years."
    assert mention_of(analyse, text, "had not paid overtime") == "Gomez"


def test_made_the_observation_that_with_that_misread_as_a_subject(analyse):
    text = "Mayor Linda Park made the observation that, in her view, the council had misread the survey; she and the treasurer had said the same thing."
    assert mention_of(analyse, text, "council had misread") == "Mayor Linda Park"


def test_a_case_made_under_an_expletive_it_is_nobody_s(analyse):
    text = "With every loss it becomes harder to make the case that the senator can win the general election."
    assert all("senator can win" not in q.text for q in analyse(text) if q.speaker and q.speaker.mention)

