"""US campaign news (issue 8, outlets16), on sentences of our own: who a pronoun or a description stands for when
the sentence around it names someone else in passing (the `by` of a passive, the owner of a description set
beside a new name), a name set beside a description that ends on a place, and a columnist's `my`."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_name_set_beside_a_description_ending_on_a_place_is_who_speaks(analyse):
    text = "A campaign volunteer in Ames, Jordan Keel, said the office had run out of yard signs."
    assert speaker_of(analyse, text, "run out of yard signs").name == "Jordan Keel"
    text = "A teacher from Dubuque, Marta Lindqvist, said the school would close early."
    assert speaker_of(analyse, text, "close early").name == "Marta Lindqvist"


def test_a_province_after_a_place_is_still_no_speaker(analyse):
    text = "Growers near Leamington, Ont., said the frost had cost them half the crop."
    assert speaker_of(analyse, text, "cost them half the crop").name != "Ont"


PASSIVE = (
    "Joan Merrill, the former secretary of state, spoke in Ankeny on Monday.\n\n"
    "Merrill, asked by a reporter in Ankeny whether she regretted supporting the trade deal, said she had no "
    "regrets. She said she had “learned a lot” from the farmers she met in 2014."
)


def test_the_by_of_a_passive_is_not_who_the_next_pronoun_is(analyse):
    assert speaker_of(analyse, PASSIVE, "learned a lot").name == "Joan Merrill"


INTRODUCED = (
    "Sen. Walter Brenner answered within the hour. Merrill's husband, former Ohio Gov. Richard Merrill, said his "
    "wife had “never once been afraid of a fight.”\n\n"
    "The former governor's remarks drew a sharp response from Brenner's campaign manager, Teresa Valdez. "
    "“Richard Merrill is welcome to come see the senator's record for himself,” she said."
)


def test_a_person_the_paragraph_introduces_beside_a_description_is_its_pronoun(analyse):
    assert speaker_of(analyse, INTRODUCED, "welcome to come see").name == "Teresa Valdez"


COLUMN = (
    "I have worked for three Republican nominees. This one is different.\n\n"
    "My husband, who has voted for a Democrat exactly once, says I have become a single-issue voter.\n\n"
    "Gretchen Aldous is a Republican strategist and a former communications director of the National Republican "
    "Senatorial Committee."
)


def test_a_columnists_my_is_the_writer_named_in_the_tagline(analyse):
    assert speaker_of(analyse, COLUMN, "single-issue voter").name == "Gretchen Aldous's husband"


def test_two_senators_of_their_states_speak_together_whatever_the_ner_took_a_name_for(analyse):
    text = ("Sens. Paul Everly of Idaho and Meredith Crane of Wyoming, who lead the party's Senate campaign arm, said in "
            "a joint statement that the memo “bears every mark of a Democratic dirty trick” and that they stood "
            "“one hundred percent” with the nominee.")
    assert speaker_of(analyse, text, "bears every mark").name == "Paul Everly and Meredith Crane"
