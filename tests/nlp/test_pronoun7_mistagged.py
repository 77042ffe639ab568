"""A surname the tagger reads as a verb is still a subject the search for a pronoun's antecedent meets (issue 8):
in `In fact, Rading emerged as …` the small model tags `Rading` VERB, and the search went past it to a person named in
the pronoun's own sentence. Sentences of our own, real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_a_subject_name_tagged_as_a_verb_is_the_antecedent(analyse):
    text = (
        "Marta Rading has written to Senator Ana Lind every week since 1990. \"I never missed one,\" she said. "
        "Lind, for her part, said she keeps every letter.\n\n"
        "In fact, Rading emerged as a regular voice in the letters released by the archive. In her frequent "
        "correspondence with Lind, she often signed with a nickname, \"Birdie.\"\n\n"
        "The nickname, she explained, came from a school play. \"I was the bird and Ana was the tree,\" Rading said."
    )
    assert speaker_of(analyse, text, "The nickname").name == "Marta Rading"
