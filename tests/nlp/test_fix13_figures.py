"""`Census Bureau figures show …`: `figures` (whose lemma `figure` is also a person, `a key figure`) is a document
when plural, so the organisation named before it speaks for it (fix13, `document_resolution.is_document`). Our own
sentence; before fix13 the speaker was the group `Census Bureau figures`."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_figures_speak_for_the_body_that_published_them(analyse):
    text = "Census Bureau figures show the county's population fell by 4% between 2020 and 2024."
    assert speaker_of(analyse, text, "population fell").name == "Census Bureau"


def test_figures_with_a_determiner_are_people(analyse):
    text = "Some GOP figures said the senator was nearly unstoppable."
    assert speaker_of(analyse, text, "nearly unstoppable").name != "GOP"
