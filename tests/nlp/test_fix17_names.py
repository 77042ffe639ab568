"""`Sheikha` before a `bint` name is a title of rank (fix17, data/honorifics.txt beside the peerage's), not a given
name: the name is `Latifa bint Hamad Al Thani`, and an apposition after it is still the role; `Sheikha` says she is
a woman (data/gender_words.tsv). Our own sentences, through the real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_sheikha_is_no_part_of_the_name(analyse):
    text = ("Sheikha Latifa bint Hamad Al Thani, the chair of the foundation, opened the museum. "
            "\"This is a gift to the children of Qatar,\" Sheikha Latifa said.")
    speaker = speaker_of(analyse, text, "gift")
    assert (speaker.name, speaker.role) == ("Latifa bint Hamad Al Thani", "chair of the foundation")


def test_sheikha_after_said(analyse):
    text = "\"This is a gift to the children,\" said Sheikha Mariam bint Saeed Al Maktoum."
    assert speaker_of(analyse, text, "gift").name == "Mariam bint Saeed Al Maktoum"
