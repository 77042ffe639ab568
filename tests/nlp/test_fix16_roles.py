"""A portfolio written as a list before a title (fix16): `Land, Infrastructure and Transport Minister` is the whole
role, its first word set off by a comma (`roles._listed_portfolio`); a date or an adverb set before the title with a
comma is no part of it. Our own sentences, through the real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_listed_portfolio_is_the_whole_role(analyse):
    text = "Land, Infrastructure and Transport Minister Yoon Mi-rae said the deposits would be repaid in March."
    assert speaker_of(analyse, text, "deposits").role == "Land, Infrastructure and Transport Minister"


@pytest.mark.parametrize("opening", ["On Tuesday, Trade and Industry Minister", "Meanwhile, Trade and Industry Minister"])
def test_a_date_or_an_adverb_before_the_title_is_no_part_of_it(analyse, opening):
    text = f"{opening} Yoon Mi-rae said the deposits would be repaid in March."
    assert speaker_of(analyse, text, "deposits").role == opening.split(", ")[1]
