"""Golden tests through the real model: titles and portfolios run into a name as POLITICO Europe, Tanzanian and
Ugandan news write them (round fifteen, world15b). A portfolio whose words the article also writes in lower case
ends where a word it never writes so begins the name (`Commissioner for Climate Action Wiebke Sørensen`: European
given names are mostly not in the nickname list's), and that name is who holds the title; `RC`, `DC` and `RDC`
(regional, district and resident district commissioners) are titles. Our own sentences; before world15b each
speaker was the name with the portfolio's words or the commissioner's letters."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_portfolio_of_common_words_before_a_name_the_list_lacks(analyse):
    text = ("Commissioner for Climate Action Wiebke Sørensen said the target would not change. The climate law "
            "requires action from every member state by 2030.")
    assert speaker_of(analyse, text, "the target would not").name == "Wiebke Sørensen"


def test_a_portfolio_of_several_words_and_the_surname_alone(analyse):
    text = ("Commissioner for Health and Food Safety Dainius Kavaliauskas said the ban would take effect in June. "
            "The food safety rules also cover health claims.\n\n"
            "Kavaliauskas said the rules were clear.")
    assert speaker_of(analyse, text, "the ban would take").name == "Dainius Kavaliauskas"
    assert speaker_of(analyse, text, "the rules were clear").name == "Dainius Kavaliauskas"


def test_east_african_commissioners_letters(analyse):
    text = ("Dodoma RC Anthony Mtenga said the market would stay closed.\n\n"
            "Kilosa DC Fatma Mwasa said the schools would reopen on Monday.")
    assert speaker_of(analyse, text, "the market would stay").name == "Anthony Mtenga"
    assert speaker_of(analyse, text, "the schools would reopen").name == "Fatma Mwasa"
