"""A description owned by a bare organisation noun names the organisation (branch `describe6`): golden tests through
the real model, sentences of our own."""

from tests.nlp.speaking import speaker_of


def test_the_papers_board_is_the_named_papers_board(analyse):
    text = ("The governor's budget drew fire from every side this week.\n\n"
            "Enter The Boston Globe. \"It is a plan built on wishful thinking,\" the paper's editorial board wrote on Sunday.")
    assert speaker_of(analyse, text, "wishful thinking").name.removeprefix("The ") == "Boston Globe's editorial board"


def test_leaders_of_the_organization_are_the_named_organizations_leaders(analyse):
    text = ("The National Rifle Association invited both candidates to its convention in Dallas. "
            "Leaders of the organization said they expected both to attend.")
    assert speaker_of(analyse, text, "expected both to attend").name == "Leaders of the National Rifle Association"


def test_a_states_districts_stay_as_written(analyse):
    text = ("The Ohio Republican Party met in Columbus on Friday. "
            "Early results from the state's 16 districts showed that turnout had fallen.")
    assert "the state's 16 districts" in speaker_of(analyse, text, "turnout had fallen").name


def test_its_people_belong_to_the_organisation_owning_the_subject_before(analyse):
    text = ("Channel Nine's coverage of the drought tells a different story. "
            "Its anchors say that \"the rain will come back next year\" almost every night.")
    assert speaker_of(analyse, text, "rain will come back").name == "Channel Nine's anchors"
