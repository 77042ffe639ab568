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


CAMPAIGN_DAY = (
    "DES MOINES, Iowa — Joan Merrill, the former secretary of state, opened a three-day swing through Iowa on Monday by accusing Sen. Walter Brenner of Vermont of hiding the cost of his tax plan from the voters who will decide the Democratic caucuses in three weeks.\n\n"
    "“Senator Brenner wants to pay for everything with a payroll tax that lands hardest on the people he says he is fighting for,” Merrill told about 600 people in a high school gym in Ankeny. “If you read the fine print, his plan would gut Medicare within ten years.”\n\n"
    "The Vermont senator, who has drawn larger crowds than the front-runner for most of the winter, answered within the hour. “Secretary Merrill knows that is not true, and I think she knows that her own donors are the ones who would pay,” Brenner said at a stop in Cedar Rapids. He called the charge “the oldest trick in the Washington playbook.”\n\n"
    "A Quinnipiac University poll released Monday found Merrill leading Brenner 47 percent to 41 percent among likely caucusgoers, down from a 14-point lead in December. The poll found the senator ahead by 20 points among voters under 35.\n\n"
    "Merrill's husband, former Ohio Gov. Richard Merrill, spent the day in the state's eastern counties. At a union hall in Davenport, the former governor said his wife had “never once been afraid of a fight” and told the crowd that Brenner “has been in the Senate for 18 years and can't point to a single bill with his name on it.”\n\n"
    "The former governor's remarks drew a sharp response from Brenner's campaign manager, Teresa Valdez. “Richard Merrill is welcome to come see the senator's record for himself,” she said. “It's a long one.”"
)


def test_a_person_introduced_in_the_pronouns_paragraph_beats_a_reported_subject_of_the_one_before(analyse):
    # `his wife`, the subject of what the former governor said a paragraph before, states a woman; the campaign
    # manager the pronoun's own paragraph introduces is who `she` is
    assert speaker_of(analyse, CAMPAIGN_DAY, "welcome to come see").name == "Teresa Valdez"


ONE_OF_THEM = (
    "Some of my friends tell me to stop. One of them, a Republican senator who has endorsed Harlan and would not "
    "want his name in this column, told me last month that “the job is to win the Senate.”\n\n"
    "The numbers match a poll the campaign shared with donors, according to two people who saw it. One of them, a "
    "Democratic donor in Scottsdale, said the pollster had told donors that the race was close."
)


def test_one_of_a_group_set_beside_its_description_is_that_description(analyse):
    assert speaker_of(analyse, ONE_OF_THEM, "the race was close").name == "a Democratic donor in Scottsdale"


def test_a_pronoun_in_a_who_clause_of_the_description_is_the_described_persons_own(analyse):
    found = speaker_of(analyse, ONE_OF_THEM, "the job is to win").name
    assert found == "a Republican senator who has endorsed Harlan and would not want his name in this column"
