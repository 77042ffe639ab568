"""US political exchanges (issue 8, outlets15), on sentences of our own: hearings and interviews written as
alternating paragraphs with no cue, the answer to a question that is not the asker's (`she replied`; `he said` after
a host's or a moderator's question), the one asked answering in the same sentence (`When we asked Sallis …, she
said`)."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


HEARING = (
    "The chief executive of Northgate Rail, Owen Lasko, told the committee that the company had spent $80 million "
    "on new brakes.\n\n"
    "Rep. Dana Whitfield, D-Ohio, pressed him on the inspections.\n\n"
    "“Mr. Lasko, did your inspectors sign off on the axle before the crash?” she asked.\n\n"
    "“They signed off on the schedule we had.”\n\n"
    "“That's not what I asked you.”\n\n"
    "“Then yes. They signed off on it.”\n\n"
    "“How many weeks before the crash?”\n\n"
    "Lasko looked at his notes. “About three, Congresswoman.”"
)


@pytest.mark.parametrize("words, who", [
    ("They signed off on the schedule", "Owen Lasko"),
    ("That's not what I asked you", "Dana Whitfield"),
    ("Then yes. They signed off", "Owen Lasko"),
    ("How many weeks before the crash", "Dana Whitfield"),
])
def test_paragraphs_with_no_cue_after_a_question_take_turns(analyse, words, who):
    assert speaker_of(analyse, HEARING, words).name == who


ANSWERED = (
    "Sen. Carol Rhee, D-Minn., questioned the director about the backlog.\n\n"
    "“How many of those claims have been paid since June?” Rhee asked.\n\n"
    "“I don't have that figure with me,” Director Peter Vance replied.\n\n"
    "“You don't have it, or you won't give it?”\n\n"
    "“Senator, you'll have it by Friday.”"
)


@pytest.mark.parametrize("words, who", [
    ("You don't have it, or you won't give it", "Carol Rhee"),
    ("you'll have it by Friday", "Peter Vance"),
])
def test_the_asker_asks_again_after_the_answer_and_is_answered(analyse, words, who):
    assert speaker_of(analyse, ANSWERED, words).name == who


def test_a_run_of_quote_paragraphs_after_a_statement_stays_with_its_speaker(analyse):
    text = (
        "“We will not raise the fare this year,” said Mayor Linda Osei.\n\n"
        "“The budget is balanced, and the riders have paid enough.”\n\n"
        "“Next year is another question.”"
    )
    assert speaker_of(analyse, text, "Next year is another question").name == "Linda Osei"
    assert speaker_of(analyse, text, "The budget is balanced").name == "Linda Osei"


def test_a_rhetorical_question_said_goes_on_in_the_same_voice(analyse):
    text = (
        "An aide to the governor, Tad Morrow, told reporters that he would leave the remark to others.\n\n"
        "At the same event, the writer Cornell Weston took a sharp dig at the governor.\n\n"
        "“I took the money but it didn't affect me?” he said, mocking the governor's answer.\n\n"
        "“I was born at night, but not last night.”"
    )
    assert speaker_of(analyse, text, "born at night").name == "Cornell Weston"


def test_who_replies_to_a_question_is_not_the_one_who_asked_it(analyse):
    text = (
        "White House press secretary Dana Whitcombe said the talks had made progress.\n\n"
        "Another reporter noted that the president had promised a deal “by Monday, no matter what.” Whitcombe said "
        "the president had been “describing his resolve.”\n\n"
        "“So the president was wrong?” the reporter pressed.\n\n"
        "“No, he was right about the resolve,” she replied."
    )
    assert speaker_of(analyse, text, "he was right about the resolve").name == "Dana Whitcombe"


def test_after_a_hosts_question_the_next_he_said_is_the_guests(analyse):
    text = (
        "Sen. Tom Keegan, R-S.C., said on CNN's “State of the Union” that he would not vote for the bill. “If the "
        "Democrats like it, it's not tough enough,” Keegan told host Ian Chang. Chang asked whether that left any room "
        "for a deal. “Not much,” he said."
    )
    assert speaker_of(analyse, text, "Not much").name == "Tom Keegan"


def test_the_one_asked_in_the_same_sentence_answers(analyse):
    text = (
        "Her spokesman, Caleb Ortega, said in a statement that the ad was false.\n\n"
        "Campaign spokesperson Whitney Sallis said in an email that each vote raised a tax.\n\n"
        "We asked Ortega about the cigarette vote; Ortega said it was “a public-health vote.”\n\n"
        "When we asked Sallis about the procedural votes, she said the campaign stood by the ad."
    )
    assert speaker_of(analyse, text, "the campaign stood by the ad").name == "Whitney Sallis"
