"""A name set in apposition to an apposition of the subject (`The other man, his cousin Tom Avery, 40,`) is that
subject: a `he` after it is Avery, not the man named in the sentence before (issue 8). Sentences of our own, real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_he_is_the_name_apposed_to_the_subjects_apposition(analyse):
    text = (
        "At the gate stood two farmers. One of the men, Paul Lind, 70, had served in the army and said he was "
        "tired of both parties. The other man, his cousin Tom Avery, 40, cited the mayor's record as a danger. "
        "''He never listens to anyone,'' he said."
    )
    assert speaker_of(analyse, text, "never listens").name == "Tom Avery"
