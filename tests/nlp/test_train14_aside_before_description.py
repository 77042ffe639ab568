"""`While some friends say Mr. Clinton would look zippier if he ate the occasional cheeseburger - an old favorite -
others say he has never been healthier`: the parser hung the aside between dashes on `others`, and the speaker's
description ran from its left edge (`an old favorite - others`). A dash between spaces before a description's head
ends an aside, not the description; so does the comma after a sentence adverb (`Moreover, any company`). Found on
PolNeAR train-named. Our own sentences."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_an_aside_between_dashes_is_left_out(analyse):
    text = ("While some friends say Mr. Lind would look zippier if he ate the occasional cheeseburger - an old favorite - "
            "others say he has never been healthier.")
    assert speaker_of(analyse, text, "never been healthier").name == "others"


def test_a_hyphen_inside_a_word_stays(analyse):  # a guard: same before and after
    text = 'The Austin-based company said it would "never" sell.'
    assert speaker_of(analyse, text, "never").name == "The Austin-based company"
