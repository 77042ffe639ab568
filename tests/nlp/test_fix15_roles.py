"""Roles written before a name (fix15, `roles._role_text` and `roles._title_before`): a courtesy title written last
before the name, after the office's title, is the name's (data/courtesy_titles.txt), while `Vice President` and
`Lt. Gov.` keep their last word; a capitalised word of a place's name the tagger reads as an adverb (`Nee Soon`) stays
in the title. Our own sentences, through the real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize(("text", "role"), [
    ("Health Minister Senator Dr Alicia Brown-Tate said the clinics would reopen in May.", "Health Minister"),
    ("Presidential Communications Officer Atty. Ramon Dizon said the palace would wait for the report.", "Presidential Communications Officer"),
    ("House Majority Leader Rep. Ann Ortiz said the vote would be held on Tuesday.", "House Majority Leader"),
])
def test_the_courtesy_title_before_the_name_is_not_the_role(analyse, text, role):
    assert speaker_of(analyse, text, "would").role == role


@pytest.mark.parametrize(("text", "role"), [
    ("Vice President Ann Ortiz said the vote would be held on Tuesday.", "Vice President"),
    ("Lt. Gov. Ann Ortiz said the vote would be held on Tuesday.", "Lt. Gov."),
    ("State Senator Ann Ortiz said the vote would be held on Tuesday.", "State Senator"),
])
def test_an_office_ending_in_a_title_keeps_it(analyse, text, role):
    assert speaker_of(analyse, text, "would").role == role


def test_a_place_word_read_as_an_adverb_stays_in_the_title(analyse):
    text = "The rules were welcomed. Nee Soon GRC MP Derrick Goh, who chairs the committee, said residents wanted bins."
    assert speaker_of(analyse, text, "bins").role == "Nee Soon GRC MP"
