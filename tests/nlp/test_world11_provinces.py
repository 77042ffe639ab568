"""Golden tests through the real model: a group described by where it is, with the province Canadian news
shortens after the place (`farms near Leamington, Ont., say`). The tokenizer splits `Ont.` and the NER tags `Ont`
a person; before world11 that `person` set beside the place became the speaker, and the description ended at the
place's comma. The sentence is our own."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_the_province_is_part_of_the_group_description(analyse):
    text = "Dozens of temporary foreign workers on farms near Leamington, Ont., say they were housed in containers with no heat."
    assert speaker_of(analyse, text, "they were housed").name == "Dozens of temporary foreign workers on farms near Leamington, Ont"


def test_a_name_set_beside_a_description_still_speaks(analyse):
    text = "The owner of the bakery on Main Street, Ivo Brandt, said the rent had doubled."
    assert speaker_of(analyse, text, "the rent had doubled").name == "Ivo Brandt"
