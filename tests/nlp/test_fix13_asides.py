"""A name set off by an age and a description holding a relative clause (`Walter Brandt, 69, a retired teacher in
Topeka whose property tax bill has nearly doubled since 2018, said …`) is the subject of the verb after the aside,
which the parse leaves without one (fix13, `misparsed_subjects._name_before_aside`). Our own sentence; before fix13
the speaker was `whose property tax bill`."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_relative_clause_inside_the_aside_keeps_the_name(analyse):
    text = ("Others were angry. Walter Brandt, 69, a retired teacher in Topeka whose property tax bill has nearly "
            "doubled since 2018, said he had been counting on the relief. \"I'm on a pension,\" Brandt said.")
    assert speaker_of(analyse, text, "counting on").name == "Walter Brandt"
