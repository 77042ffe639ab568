"""Golden tests through the real model: roles in long Canadian news (world16b). Our own sentences; each
failed before world16b: `Elder` before a name is a title (`the elder …` still compares namesakes), a name the parse
hangs on the object of `for`/`of` closing a title subject holds the whole title, and `Another analyst` is an analyst."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_an_elder_before_a_name_is_a_title(analyse):
    text = "Elder Mary Anne Ross, who opened the meeting with a prayer, said the young people want their own police."
    assert speaker_of(analyse, text, "want their own police").role == "Elder"


def test_a_name_hung_on_the_object_of_a_title_holds_the_whole_title(analyse):
    text = "A spokesperson for the minister, Rémi Castonguay-Hill, said in an email that the money would be spent later."
    speaker = speaker_of(analyse, text, "spent later")
    assert speaker.name == "Rémi Castonguay-Hill"
    assert speaker.role == "spokesperson for the minister"


def test_a_name_hung_on_a_bodys_name_holds_the_whole_title(analyse):
    text = "The president of the Native Women's Association of Canada, Irene Sappier, said the bill falls short."
    assert speaker_of(analyse, text, "falls short").role == "president of the Native Women's Association of Canada"


def test_another_is_no_part_of_a_role(analyse):
    text = "Another analyst, Priya Natarajan of TD Securities, said the plant was running below capacity."
    assert speaker_of(analyse, text, "below capacity").role == "analyst"
