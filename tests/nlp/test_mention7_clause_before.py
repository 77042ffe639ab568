"""A reporting verb takes the clause before it as its content (`The bridge is safe, the engineer said`) only when it
reports nothing after it and is no adverbial of that clause (issue 8, wrong speaker mentions): `31% say they are
progressive` and `after 48 percent said so` leave the clause before them to its own subject.
Sentences written for these tests, through the real model."""

import pytest

from tests.nlp.speaking import mention_of

pytestmark = pytest.mark.slow


def test_a_verb_with_its_own_clause_after_it_does_not_report_the_clause_before(analyse):
    text = "Among young voters, 53% describe themselves as moderate on fiscal issues; 31% say they are progressive."
    assert mention_of(analyse, text, "they are progressive") == "31%"
    assert all("moderate on fiscal issues" not in q.text for q in analyse(text) if q.speaker and q.speaker.mention and q.speaker.mention.text == "31%")


def test_a_report_opened_by_after_is_no_attribution_of_the_sentence_before(analyse):
    text = "And 61 percent call the mayor honest, after 48 percent said so in the spring."
    assert all(q.speaker is None or q.speaker.mention is None or q.speaker.mention.text != "48 percent" for q in analyse(text))

