"""The person a cleft sentence puts in focus (`it was Avery who drew the attention`) is that sentence's subject for
the search back from a pronoun or an epithet (`the Democratic front-runner said`), not a subject of an older sentence
(issue 8). Sentences of our own, real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_the_person_in_focus_of_a_cleft_is_the_antecedent(analyse):
    text = (
        "Senator Tom Avery said Mayor Dana Cole \"wastes money.\" Paul Reyes called Avery a \"loud man.\" Lisa Marsh "
        "said Reyes \"talks too much.\"\n\n"
        "As usual, it was Avery who drew most of the attention. Appearing on a morning show, the Democratic "
        "front-runner said Cole \"lost the city.\""
    )
    assert speaker_of(analyse, text, "lost the city").name == "Tom Avery"
