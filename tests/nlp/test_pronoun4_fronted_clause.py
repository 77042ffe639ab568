"""The subject of a clause opening the sentence (`While groups like A and B praised …, they said`) is who the main
clause's subject pronoun is, not the subject of a content clause set between (`his argument that federal courts
are …`) (issue 8). Sentences of our own, real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_they_is_the_subject_of_the_clause_opening_the_sentence(analyse):
    text = (
        "The governor released his water plan on Tuesday.\n\n"
        "While farm groups like the Ohio Farm Bureau and the Sierra Club praised the plan and embraced his argument "
        "that state courts are the best place to settle disputes, they said it did not go far enough on wells."
    )
    speaker = speaker_of(analyse, text, "did not go far enough")
    assert "Ohio Farm Bureau" in speaker.name and "Sierra Club" in speaker.name
