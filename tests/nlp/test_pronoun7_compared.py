"""A person the sentence compares its subject with (`Like Lind, their days begin …`) is not whom a following `he`
stands for (issue 8): the comparison names someone the sentence is not about, so the pronoun keeps to the person the
paragraph is about. Sentences of our own, real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("preposition", ["Like", "Unlike"])
def test_a_person_compared_with_is_not_the_pronoun(analyse, preposition):
    text = (
        "Tom Avery and Ana Ruiz take over the morning newsletter from Paul Lind, who retires this week after ten "
        "years. Lind said he will miss the early hours.\n\n"
        "Avery, in particular, keeps his eyes on his phone at dinner. Often he is texting the next person he plans "
        f"to call. {preposition} Lind, their days begin at 4:30 a.m. and end long after dark.\n\n"
        "\"We like to work,\" he told me."
    )
    assert speaker_of(analyse, text, "We like to work").name == "Tom Avery"
