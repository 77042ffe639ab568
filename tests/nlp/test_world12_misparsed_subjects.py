"""Golden tests through the real model: who speaks when the parse makes the body a role belongs to the subject of
the reporting verb. `Curling Canada's high-performance director, …, said` (the body's first word read as the
subject, the role as its object) and `Court of King's Bench Justice … told jurors` (`Court` the subject, the judge its
preposition's object): the name after the role speaks. Our own sentences; before world12 the body did."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_name_apposed_to_a_role_read_as_an_object_speaks(analyse):
    text = "Curling Canada's high-performance director, Sean Drummond-Hay, said the rink had \"the steadiest back end in the country.\""
    assert speaker_of(analyse, text, "steadiest back end").name == "Sean Drummond-Hay"


def test_a_judge_after_a_courts_name_speaks(analyse):
    text = ("Court of King's Bench Justice Paul Lemieux told jurors he expects to give them his final instructions on "
            "Monday, after closing arguments.")
    assert speaker_of(analyse, text, "final instructions").name == "Paul Lemieux"


def test_the_barrister_after_the_part_they_play_speaks(analyse):
    text = "Prosecuting, Rupinder Sahota said the defendant had spent the money on foreign holidays."
    assert speaker_of(analyse, text, "foreign holidays").name == "Rupinder Sahota"


def test_the_barrister_after_a_part_tagged_as_a_name_speaks(analyse):
    text = ("Sentencing her, Judge Martin Haverley said she had betrayed her staff.\n\nProsecuting, Rupinder Sahota said "
            "Whitlow had spent the money on seven foreign holidays, more than £60,000 of designer clothing and shares in "
            "three racehorses, one of which she named after the hospice’s founder.")
    assert speaker_of(analyse, text, "foreign holidays").name == "Rupinder Sahota"
