"""Golden tests through the real model: `dismiss` reports words when what is dismissed was said (`dismissed the
accusations as …`), but a case, a charge or a lawsuit dismissed is a proceeding ended by a court, no report of
anyone's words. Sentences of our own; before outlets10 the dismissed case was a quote."""

import pytest

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("sentence", [
    "Lawyers for former Ohio Gov. Dale Brandt asked a federal judge on Tuesday to dismiss the bribery charges against him.",
    "State courts have routinely dismissed lawsuits challenging the new district maps.",
])
def test_a_case_dismissed_is_no_report(analyse, sentence):
    assert [q.text for q in analyse(sentence)] == []


def test_accusations_dismissed_are_still_answered_words(analyse):
    text = "Senator Rhea Calloway dismissed the accusations of her rival as desperate campaign talk."
    assert [q.speaker.name for q in analyse(text)] == ["Rhea Calloway"]
