"""The one asked answers, also when asked by a title (`asked the director whether …. “No,” he replied`:
`pronoun_resolution._asked_holder` and the asker's verb read above a mention the parse breaks up), and titles before a
name that hold a number, an `and` or a bracketed party (`Ward 12 councillor`, `Founder and managing director`,
`JD(U) MP`: `roles._inside_title`), and a document subject speaks for the person it is from (`A statement from Agnes Byrne was read …. “…,” she said`: `pronoun_resolution._documents_author`). Our own sentences, through the real model (fix14)."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_the_director_asked_is_who_replies(analyse):
    text = ("Commissioner Paul Brandt told the committee the files had been destroyed by mistake.\n\n"
            "Rep. Dana Whitfield, D-Ore., asked the commissioner whether he would step down. “Absolutely not,” he "
            "replied. “I intend to fix what went wrong.”\n\n"
            "Rep. Carl Moody said the committee would meet again.")
    assert speaker_of(analyse, text, "Absolutely not").name == "Paul Brandt"


@pytest.mark.parametrize(("text", "role"), [
    ("Ward 12 councillor Lerato Mokoena said the pipes burst on Sunday.", "Ward 12 councillor"),
    ("Founder and managing director Priya Nair said the firm would hire 200 people.", "Founder and managing director"),
    ("JD(U) MP Ramesh Kumar said the bridge would open in March.", "JD(U) MP"),
])
def test_a_title_before_the_name_is_read_whole(analyse, text, role):
    assert speaker_of(analyse, text, " ").role == role


def test_a_date_before_the_title_is_no_part_of_it(analyse):
    text = "On May 5 councillor Lerato Mokoena said the pipes burst."
    assert speaker_of(analyse, text, "the pipes burst").role == "councillor"


def test_she_said_in_the_statement_is_the_woman_it_is_from(analyse):
    text = ("Barrister Ronan Hayes SC said his client had been drinking heavily during the period.\n\n"
            "A victim impact statement from Agnes Byrne (79), a retired nurse from Tallaght, was read to the court by her "
            "daughter, Sinead Byrne.\n\n"
            "\"I lost everything I had saved for my grandchildren,\" she said in the statement.")
    assert speaker_of(analyse, text, "grandchildren").name == "Agnes Byrne"
