"""Golden tests through the real model: `…, a senior administration official said, speaking on the condition of
anonymity` reports the clause before it, but with a participle after the cue the parse hangs the comma that sets the
cue off on the cue, so the clause seemed to run into the cue. Sentences of our own; before outlets10 the reported
clause was no quote."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize(("clause", "source"), [
    ("The new rule would require banks to report large cash transfers to the Treasury Department", "a senior official"),
    ("The plan would require states to send voter rolls to the Justice Department", "a senior administration official"),
    ("The governor will sign the budget on Friday", "a senior state official"),
])
def test_the_clause_before_a_cue_with_a_participle_is_reported(analyse, clause, source):
    text = f"{clause}, {source} said, speaking on the condition of anonymity."
    speaker = speaker_of(analyse, text, clause)
    assert speaker.name == source


def test_the_participle_after_the_cue_is_not_the_report(analyse):
    text = "The governor will sign the budget on Friday, a senior state official said, speaking on the condition of anonymity."
    assert [q.text for q in analyse(text)] == ["The governor will sign the budget on Friday"]
