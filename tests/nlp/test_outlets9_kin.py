"""Golden tests through the real model: a name set beside a kinship noun (`His daughter, Edna Marsh-Tolliver,`) is a
person's, and the noun states her gender, though the NER tagged the hyphenated name ORG; so the `she` that follows is
her, not the man the obituary is about. Sentences of our own; before outlets9 `she` went to the dead man."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model

OBITUARY = ("Harold Pike, a jazz drummer, died Saturday at his home in Memphis. He was 87.\n\n"
            "His daughter, {name}, said the cause was heart failure.\n\n"
            "\"Dad could play anything you hummed to him,\" she said.")


@pytest.mark.parametrize("name", ["Gloria Jeffries-Holt", "Edna Marsh-Tolliver"])
def test_a_daughter_named_beside_the_word_is_the_she_who_speaks_next(analyse, name):
    speaker = speaker_of(analyse, OBITUARY.format(name=name), "Dad could play")
    assert (speaker.name, speaker.kind) == (name, "person")
