"""Roles (fix17): a portfolio written as a list before a title keeps its first words after a closing quotation mark,
where the NER reads the capitalised words as a work's title (`roles._OFFICE_WORD_ENTS`); `coroner` written in lower
case is a title (data/lower_case_titles.txt), so `the coroner, Dr Ann Hale,` gives the role. Our own sentences,
through the real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("office", ["Health, Labour and Welfare Minister", "Land, Infrastructure and Transport Minister"])
def test_a_listed_portfolio_after_a_closing_quote_is_the_whole_role(analyse, office):
    text = f"\"We will raise the childcare subsidy next spring,\" {office} Keizo Takemi said on Friday."
    assert speaker_of(analyse, text, "childcare").role == office


def test_a_date_before_the_title_after_a_quote_is_still_no_part_of_it(analyse):
    text = "\"We will raise the subsidy,\" Trade and Industry Minister Keizo Takemi said. On Friday, Trade Minister Aiko Sato said \"we agree\"."
    assert speaker_of(analyse, text, "raise").role == "Trade and Industry Minister"


@pytest.mark.parametrize("written", ["the coroner, Dr Ann Hale,", "coroner Ann Hale"])
def test_a_coroner_is_a_role(analyse, written):
    text = f"The inquest heard that the climber fell 40 metres. \"This was a tragic accident,\" {written} said."
    speaker = speaker_of(analyse, text, "tragic")
    assert (speaker.name, speaker.role) == ("Ann Hale", "coroner")


def test_an_opposition_critic_is_a_role(analyse):
    text = ("The Conservative critic for rural economic development, Gareth Pullman, told the House that 200 projects "
            "were on hold.")
    speaker = speaker_of(analyse, text, "projects")
    assert (speaker.name, speaker.role) == ("Gareth Pullman", "Conservative critic for rural economic development")


def test_critics_say_is_still_a_group(analyse):
    text = "Critics say the plan is too costly."
    assert speaker_of(analyse, text, "costly").name == "Critics"
