"""Golden tests through the real model: two people of one surname in long general news. A woman the article calls
`Ms Marsden` is not the `Mrs Marsden` quoted after her mother is named; a namesake named in full in the paragraph
just before is the one a bare surname calls, however the parser cut that paragraph into sentences. Our own
sentences; before world12 both went to the person named more often."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_another_honorific_of_her_gender_is_another_woman(analyse):
    text = ("Amy Kerslake, 22, died in hospital in Leeds in March. The inquest heard that Ms Kerslake had been "
            "unwell for a week. Ms Kerslake was a nursing student.\n\n"
            "Speaking outside court, her mother, Carol Kerslake, said the family was relieved.\n\n"
            "\"Amy would have been a wonderful nurse,\" Mrs Kerslake said.")
    assert speaker_of(analyse, text, "wonderful nurse").name == "Carol Kerslake"


def test_the_same_honorific_keeps_the_woman_it_called(analyse):
    text = ("Amy Kerslake, 22, died in hospital in Leeds in March. Ms Kerslake had been unwell for a week.\n\n"
            "Her mother, Carol Kerslake, sat in the public gallery.\n\n"
            "\"I am fine,\" Ms Kerslake had told her friends the night before.")
    assert speaker_of(analyse, text, "I am fine").name == "Amy Kerslake"


def test_a_namesake_named_in_the_paragraph_before_is_the_one_called(analyse):
    text = ("Ryan Osgood, 41, is accused of setting fire to his neighbour's garage. Osgood told the court he was "
            "asleep. Osgood said he smelled smoke at 3 a.m. Osgood denied owning a gas can.\n\n"
            "His mother, Linda Osgood, testified on Monday that her son came home at midnight, that he was \"calm, "
            "completely calm.\" She said he went straight to bed.\n\n"
            "\"He ate a sandwich and went to bed,\" the elder Osgood told the jury.")
    assert speaker_of(analyse, text, "ate a sandwich").name == "Linda Osgood"
