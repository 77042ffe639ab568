"""`Sheikha` before a `bint` name is a title of rank (fix17, data/lineage_titles.txt, name_runs.clean_run), not a
given name: the name is `Latifa bint Hamad Al Thani`, an apposition after it is still the role, and `Sheikha Latifa`
later is the same woman (name_runs.cut_lineage_titles); `Sheikha Al Marzouqi` (no patronymic) is still a woman called
Sheikha. Our own sentences, through the real model."""

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


def test_sheikha_without_a_patronymic_is_a_given_name(analyse):
    text = ("Sheikha Al Marzouqi, a mother of three, said her bill had doubled. "
            "\"We pay for the air conditioning as if it were a second rent,\" Ms Al Marzouqi said.")
    assert speaker_of(analyse, text, "second rent").name == "Sheikha Al Marzouqi"
