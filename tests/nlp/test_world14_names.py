"""Golden tests through the real model: name forms of Singapore, Malaysian, Philippine and Pakistani news. A Malay
name returns by its given names, which begin the full name (`Siti Aminah` is `Siti Aminah Yusof`); a surname written
first returns after an honorific, and of two people whose names begin with it the honorific's gender tells which
(`Madam Lee` beside `Mr Lee Kok Seng`); a portfolio with words of its own before the name (`Minister of State for
Trade and Industry Goh Pei Ling`) and a body's name run into a person's (`deputy speaker in the Punjab Assembly Mian
Khalid Mehmood Butt`) are cut off where the article writes the surname alone after an honorific; a nickname in quote
marks makes a person of a name the NER took for a place (`Ernesto "Boyet" Manalo`); `Ma.` is a given name written
short. Our own
sentences; before world14 each speaker was a shorter or longer name, or the description."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_malay_name_returns_by_its_given_names(analyse):
    text = ("Siti Aminah Yusof, 52, a hawker, said her takings had fallen by half.\n\n"
            "\"Nobody comes after dark any more,\" said Siti Aminah, a widow.")
    assert speaker_of(analyse, text, "Nobody comes").name == "Siti Aminah Yusof"


def test_the_honorific_tells_which_bearer_of_a_surname_written_first(analyse):
    text = ("Madam Lee Soo Hoon, 66, runs the shop with her husband, Mr Lee Kok Seng, 70.\n\n"
            "\"We have been here since 1979,\" said Madam Lee.")
    assert speaker_of(analyse, text, "We have been here").name == "Lee Soo Hoon"


def test_a_portfolio_with_words_before_the_name(analyse):
    text = ("Minister of State for Trade and Industry Goh Pei Ling said the grants would be doubled.\n\n"
            "\"Small firms need the help most,\" Ms Goh said.")
    assert speaker_of(analyse, text, "the grants").name == "Goh Pei Ling"


def test_a_body_run_into_the_name(analyse):
    text = ("However, deputy speaker in the Punjab Assembly Mian Khalid Mehmood Butt said the session would be "
            "adjourned.\n\n"
            "\"The House cannot work like this,\" Mr Butt said.")
    assert speaker_of(analyse, text, "the session").name == "Mian Khalid Mehmood Butt"


def test_a_nickname_in_quote_marks_makes_a_person(analyse):
    """`Rodolfo` tagged a place: a capitalised word in quote marks between the words of a name is a nickname, so the
    name is a person's, and the nickname after `Mang` is that person."""
    text = ("In Tarlac, farmer Ernesto \"Boyet\" Manalo, 61, said he had lost two harvests to the floods.\n\n"
            "\"We will plant again, what else can we do,\" said Mang Boyet, who owes P80,000 to a lender.")
    assert speaker_of(analyse, text, "lost two harvests").name == "Ernesto \"Boyet\" Manalo"
    assert speaker_of(analyse, text, "We will plant again").name == "Ernesto \"Boyet\" Manalo"


def test_ma_is_a_given_name_written_short(analyse):
    text = ("Labor Undersecretary Ma. Teresa Cruz said the wage order would take effect in January.\n\n"
            "\"Employers have been told,\" Cruz said.")
    assert speaker_of(analyse, text, "the wage order").name == "Ma. Teresa Cruz"
