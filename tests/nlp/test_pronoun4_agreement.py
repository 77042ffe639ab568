"""Pronouns resolved to the wrong entity (issue 8): a described person whose gender the text states must agree, a
name modifying a noun is no one's antecedent, the subject of a narrated clause that `, he said` reports is not who
said it, and a clause set off right after the name opening a sentence is about that name.
Sentences of our own, real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_a_name_opening_the_sentence_owns_the_clause_set_off_after_it(analyse):
    text = (
        "Mayor Tom Avery signed the budget on Monday. The mayor has promised new buses for years. Mrs. Lopez, "
        "though she praised the budget and said the council should pass it, notably stopped short of endorsing the plan."
    )
    assert speaker_of(analyse, text, "council should pass it").name == "Lopez"


def test_she_is_not_a_man_the_article_described_by_his_title(analyse):
    text = (
        "Mayor Tom Avery signed the transit budget on Monday, and he said the city would hire more drivers.\n\n"
        "On Tuesday the mayor met Mrs. Lopez at the depot. \"We will fix the buses this year,\" she said."
    )
    assert speaker_of(analyse, text, "fix the buses").name == "Lopez"


def test_the_subject_of_the_clause_he_reports_is_not_who_reported_it(analyse):
    text = (
        "Paul Lind, a retired teacher in Toledo, said he will not vote for Mayor Tom Avery because of the school "
        "closures. Also, Avery is no friend of teachers, he said. \"He never visits a classroom.\""
    )
    assert speaker_of(analyse, text, "no friend of teachers").name == "Paul Lind"


def test_the_name_inside_a_parenthetical_report_is_what_it_reports_on(analyse):
    text = (
        "Ms. Lind roused the crowd in Dayton. ''He forgot us,'' Ms. Lind said.\n\n"
        "Mrs. Ruiz attacked the governor's record, saying he ''forgot the workers'' and Ms. Lind, she said, "
        "''knows every one of them by name.''"
    )
    assert speaker_of(analyse, text, "knows every one").name.endswith("Ruiz")


def test_a_name_modifying_a_noun_is_not_who_she_is(analyse):
    text = (
        "Volunteers packed the campaign offices of Governor Ann Lind this week. For Sarah Miller, a retiree and one of "
        "the volunteers at the Lind phone bank, making calls every night is a way to set an example for her "
        "grandchildren. \"The governor listens to people like us,\" she said."
    )
    assert speaker_of(analyse, text, "listens to people").name == "Sarah Miller"
