"""Who speaks through a reporting verb whose subject is not its own (issue 8, wrong speaker mentions): the subject
of an adjective frame (`were likely to say`), the `for` of an infinitive, the verb above a noun the parser hung the
infinitive on, never a name opening the reported clause; and a report a clause contains stays inside it.
Sentences written for these tests, through the real model."""

import pytest

from tests.nlp.speaking import mention_of

pytestmark = pytest.mark.slow


def quotes_with(analyse, text: str, words: str):
    return [q for q in analyse(text) if words in q.text]


def test_the_subject_of_an_adjective_frame_speaks_not_the_name_opening_the_clause(analyse):
    text = "Local insiders were more likely to say Baxter still has a shot to win the county."
    assert mention_of(analyse, text, "still has a shot") == "Local insiders"


def test_quick_to_point_out_is_said_by_the_subject_of_quick(analyse):
    text = "Advisers to Mr. Lane are quick to point out that he has placed second in the last two contests."
    assert mention_of(analyse, text, "placed second").startswith("Advisers")


def test_an_expletive_it_is_nobody(analyse):
    text = "It is worth noting that the council never voted on the plan before the summer recess."
    for quote in quotes_with(analyse, text, "never voted"):
        assert quote.speaker is None or quote.speaker.mention is None or quote.speaker.mention.text.lower() != "it"


def test_for_names_the_subject_of_the_infinitive(analyse):
    text = "The budget crisis has created a natural opening for Baxter to highlight her record as county treasurer."
    assert mention_of(analyse, text, "record as county treasurer") == "Baxter"


def test_an_infinitive_hung_on_a_thing_is_said_by_the_subject_of_the_verb_above(analyse):
    text = "The judge pointed to a previous case to say that courts deciding on public disclosure must weigh the matter."
    assert mention_of(analyse, text, "courts deciding") == "The judge"


def test_a_report_the_parser_joins_without_and_stays_inside_the_first_content(analyse):
    text = "Mrs. Lane replied in an even voice that she was pleased Ms. Hart had said that because the comment had made her point plain."
    assert mention_of(analyse, text, "made her point plain") == "Mrs. Lane"


def test_a_joined_report_stays_inside_the_first_content_across_later_commas(analyse):
    text = (
        "After the activist recommended that she burn at the stake, Mrs. Lane replied in an even voice that she was pleased "
        "Ms. Hart had said that because, she said, the comment had made it plain to the audience just how intolerant the critics were."
    )
    assert mention_of(analyse, text, "just how intolerant") == "Mrs. Lane"


def test_a_relative_beside_a_name_speaks_for_the_name(analyse):
    text = "Voters for Change, a digital activism outfit that endorsed Mr. Lane in the primary, launched a petition on Wednesday."
    quotes = quotes_with(analyse, text, "Mr. Lane in the primary")
    assert len(quotes) == 1 and quotes[0].speaker.name == "Voters for Change"


def test_a_colon_lead_in_hung_on_the_quote_still_gives_its_verb_and_subject(analyse):
    text = (
        "The problem is old.\n\nThe Lane campaign, in a Q&A on the e-mail controversy, worded it even more carefully: "
        '"Lane\'s practice was to email officials on their accounts, so her work emails were captured and preserved."'
    )
    assert mention_of(analyse, text, "work emails were captured") == "The Lane campaign"


def test_who_asks_is_the_agent_of_a_bare_passive_participle(analyse):
    text = '"Absolutely," the mayor said when asked by a reporter if that remains his view on the bridge.'
    assert mention_of(analyse, text, "remains his view") == "a reporter"
