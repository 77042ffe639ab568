"""`Why was he out in 97-degree heat? “My mom says I have to save up for college.”`: a quotation with no reporting verb
after a question, in the same paragraph, about one person (`he`, a name) is that person's answer, as after a
sentence about them (`Roloson supports Clinton. “…”`). A question about no person leaves the quotation unattributed.
Found on PolNeAR train-named (a feature on street vendors). Our own sentences."""

import pytest

pytestmark = pytest.mark.slow  # through the real model

_VENDOR = ("Tomas Reyes, 12, sold bottled water from a cooler at the corner of Fifth and Main. Sales were good, he said, "
           "wiping sweat off his face. ")


def _speaker_name(analyse, text: str, words: str) -> str | None:  # noqa: ANN001
    quotes = [q for q in analyse(text) if words in q.text]
    assert len(quotes) == 1, [q.text for q in analyse(text)]
    return quotes[0].speaker.name if quotes[0].speaker else None


def test_the_answer_after_a_question_about_him_is_his(analyse):
    text = _VENDOR + "Why was he out in 97-degree heat? \"My mom says I have to save up for college, so I work every weekend.\""
    assert _speaker_name(analyse, text, "My mom says") == "Tomas Reyes"


def test_a_question_about_no_one_names_no_one(analyse):  # a guard: same before and after
    text = _VENDOR + "Why does the city allow it? \"Nobody has ever asked us for a permit, not once in all these years.\""
    assert _speaker_name(analyse, text, "Nobody has ever asked") is None
