"""`Asked by Ana Ruiz if he thought the plan would work, Cole said …`: after a verb of asking, `if` opens the question
asked, as `whether` does, though the parse hangs it as a condition; the question is the asker's quote (the agent of
`asked by`), not a belief of the one asked. Found on PolNeAR train.jsonl (a Politico podcast interview).
Our own sentences."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model

TEXT = ("Tom Cole spoke to the radio host Ana Ruiz on Friday. Asked by Ruiz if he thought the plan would work, "
        "Cole said that he did not.")


def test_the_question_after_if_is_the_askers(analyse):
    speaker = speaker_of(analyse, TEXT, "the plan would work")
    assert speaker.name == "Ana Ruiz"
    quote = next(q for q in analyse(TEXT) if "the plan would work" in q.text)
    assert quote.text.startswith("if he thought")


def test_whether_was_already_the_askers(analyse):  # a guard: the same question with `whether`
    text = TEXT.replace(" if ", " whether ")
    assert speaker_of(analyse, text, "the plan would work").name == "Ana Ruiz"

