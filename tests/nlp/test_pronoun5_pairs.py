"""A name joined only to a plural common noun (`for Ruiz and the others whose names are floated`) is the one person
of the pair, so `he` may stand for it (issue 8); a pair of two people is still `they`. Sentences of our own, real
model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_he_is_the_one_person_named_with_the_others(analyse):
    text = (
        "Labor Secretary Tom Ruiz spent the morning at a factory in Dayton, where he met workers on the night "
        "shift.\n\n\"It is a strange audition,\" said former governor Paul Young, who was vetted twice and passed "
        "over twice. \"You cannot campaign for it.\"\n\nThe choice comes down to what a running mate brings to the "
        "ticket. And for Ruiz and the others whose names are being floated, that means it is best to stay quiet.\n\n"
        "\"I just do my job,\" he says."
    )
    assert speaker_of(analyse, text, "do my job").name == "Tom Ruiz"
