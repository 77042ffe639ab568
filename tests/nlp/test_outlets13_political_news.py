"""Long US political news (issue 8, outlets13), on sentences of our own: a poll's finding written as the candidate
and a standing (`found Ms. Sato ahead 49 percent to 43 percent`) instead of a `that` clause."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("sentence, finding", [
    ("A Marist College poll released Friday found Ana Ruiz ahead 51 percent to 44 percent among registered voters.",
     "Ana Ruiz ahead 51 percent"),
    ("A Marist College poll conducted last month found Ana Ruiz at 31 percent and Tom Bell at 22 percent.",
     "Ana Ruiz at 31 percent"),
    ("A Marist College poll released Friday found Ana Ruiz, the former mayor, leading Tom Bell by 4 points.",
     "leading Tom Bell by 4 points"),
    ("A Marist College poll conducted in June found the race within 3 points, with many voters undecided.",
     "the race within 3 points"),
])
def test_a_poll_finding_a_candidates_standing_is_the_polls_finding(analyse, sentence, finding):
    assert speaker_of(analyse, sentence, finding).name == "Marist College"


def test_a_report_finding_a_thing_somewhere_is_no_standing(analyse):
    text = "The audit found errors at the agency's Denver office, and the director resigned a week later."
    assert not [q for q in analyse(text) if "errors at the agency" in q.text]


def test_a_party_word_with_a_name_set_beside_it_is_that_person(analyse):
    text = (
        "The panel's senior Republican, Sen. Carl Hendry of Idaho, said the bill would not reach the floor this year. "
        "Other members did not comment."
    )
    assert speaker_of(analyse, text, "would not reach the floor").name == "Carl Hendry"


def test_the_state_of_a_party_state_tag_is_no_person(analyse):
    text = (
        "Sen. Tom Bell, D-N.M., the ranking member of the energy panel, wrote on Twitter that the plan was a mistake. "
        "He later told reporters that he would try to block the vote next week."
    )
    assert speaker_of(analyse, text, "block the vote").name == "Tom Bell"


def test_a_name_the_parser_made_the_root_before_an_aside_is_the_subject(analyse):
    text = (
        "Sen. Dale Prewitt and his challenger, Evan Carraway, met on Friday in their only debate.\n\n"
        "Prewitt, a three-term Republican, opened by casting Carraway as a reliable vote for the party's leaders. "
        "“My opponent has never met a tax he didn't like,” he said."
    )
    assert speaker_of(analyse, text, "never met a tax").name == "Dale Prewitt"


def test_answered_that_reports_what_was_answered(analyse):
    text = "Carla Munoz answered that the county had already paid every contractor it owed."
    assert speaker_of(analyse, text, "already paid every contractor").name == "Carla Munoz"
