"""Groups of named bodies as speakers, through the real model, on sentences of our own (issue 8, fifth round): a
definite plural of the head noun the organisations' names share is the organisations the article just named."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_the_plural_of_a_shared_head_noun_is_the_organisations_named_before(analyse):
    text = (
        "The Harbor Authority and the Port Authority of Dover have said they followed every rule on the cargo.\n\n"
        "The authorities declined to release the inspection records, saying they could not discuss an open case."
    )
    expected = "the Harbor Authority and the Port Authority of Dover"
    assert speaker_of(analyse, text, "to release the inspection records").name.lower() == expected.lower()

