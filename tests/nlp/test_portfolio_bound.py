"""Long portfolios before a name (`Minister for Further and Higher Education Clare Dempsey`): the name is the person
after the portfolio, also where the name runs left the portfolio's first word out (`name_extent._portfolio_start`);
an `and` inside a capitalised office keeps the office whole in the role (`roles._inside_title`); and one bound for a
portfolio after its `for`/`of` (`lexicon.PORTFOLIO_WORDS`) lets the lede's `The Minister for … has said` be the one
person given that office, as `for Housing` does. Our own sentences, through the real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model

TEXT = ("The Minister for Further and Higher Education has said the colleges will freeze their fees from next "
        "September.\n\n"
        "Minister for Further and Higher Education Clare Dempsey said the change would help 40,000 students a year.")


def test_the_named_minister_holds_the_long_portfolio(analyse):
    speaker = speaker_of(analyse, TEXT, "40,000 students")
    assert (speaker.name, speaker.role) == ("Clare Dempsey", "Minister for Further and Higher Education")


def test_the_ledes_minister_with_a_long_portfolio_is_the_one_named_next(analyse):
    assert speaker_of(analyse, TEXT, "freeze their fees").name == "Clare Dempsey"


def test_a_portfolio_word_the_name_run_left_out_is_no_part_of_the_name(analyse):
    text = "Minister for Further Education Clare Dempsey said the change would help 40,000 students a year."
    speaker = speaker_of(analyse, text, "40,000 students")
    assert (speaker.name, speaker.role) == ("Clare Dempsey", "Minister for Further Education")


def test_an_office_joined_by_and_is_the_role_whole(analyse):
    text = "Trade and Industry Secretary Owen Pryce said the tariffs would go in the spring."
    assert speaker_of(analyse, text, "tariffs").role == "Trade and Industry Secretary"


def test_two_people_joined_by_and_keep_their_own_names(analyse):
    text = "Tom Greer and Ana Ruiz said the tariffs would go in the spring."
    assert speaker_of(analyse, text, "tariffs").role is None


def test_a_pronoun_before_and_is_no_part_of_the_office(analyse):
    text = ("He and House Judiciary Committee Chairman Bob Goodlatte both condemned the plan. “It is reckless,” "
            "Goodlatte said.")
    assert speaker_of(analyse, text, "reckless").role == "House Judiciary Committee Chairman"
