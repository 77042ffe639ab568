"""A title's portfolio names no one (`name_extent._portfolio_alone`): `"…," the Minister for Health said` was spoken
by a person called `Health`, and `the Minister for Trade and Industry` by `Trade and Industry`, because the title
before the capitalised words made them a titled name; a body's name after a title stays a name. Our own sentences, through the real model."""

import pytest

from app.nlp.contract import SpeakerKind
from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize(("news", "office"), [
    ("Hospital waiting lists grew again in October.", "the Minister for Health"),
    ("Exports fell as the trade gap widened and industry orders slowed.", "the Minister for Trade and Industry"),
])
def test_a_portfolio_after_a_title_is_no_ones_name(analyse, news, office):
    text = f'{news} "We will not accept these figures," {office} said.'
    speaker = speaker_of(analyse, text, "these figures")
    assert speaker.name == office
    assert speaker.kind == SpeakerKind.PERSON


def test_the_holder_named_after_the_portfolio_keeps_the_name(analyse):
    text = 'Minister for Health Mary Brennan said on Monday: "We will not accept these figures."'
    speaker = speaker_of(analyse, text, "these figures")
    assert (speaker.name, speaker.role) == ("Mary Brennan", "Minister for Health")


def test_a_place_after_a_title_is_still_a_place(analyse):
    text = 'Transport for London met the unions. "The strike will go ahead," the Mayor of London said.'
    assert speaker_of(analyse, text, "strike").name == "the Mayor of London"


TWO_MINISTERS = ("Ann Blake, the Minister for Health, opened the new wing on Monday. Tom Reid, the Minister for "
                 "Housing, was also there.\n\n"
                 '"We will not accept these figures," the Minister for Health said.\n\n'
                 '"The homes will be built," the Minister for Housing said.')


def test_a_ministers_portfolio_tells_two_ministers_apart(analyse):
    assert speaker_of(analyse, TWO_MINISTERS, "these figures").name == "Ann Blake"
    assert speaker_of(analyse, TWO_MINISTERS, "homes will be built").name == "Tom Reid"


def test_a_portfolio_the_one_named_minister_does_not_hold_stays_unnamed(analyse):
    text = ("Tom Reid, the Minister for Housing, opened the new wing on Monday.\n\n"
            '"We will not accept these figures," the Minister for Health said.')
    assert speaker_of(analyse, text, "these figures").name == "the Minister for Health"


def test_a_bodys_name_after_a_title_stays_its_name(analyse):
    text = ("The chief executive of Bluefin Airlines apologized on Monday after other airlines had restored their "
            "schedules.\n\n"
            'Bluefin said in a statement that it was "cooperating fully" with the regulator.')
    assert speaker_of(analyse, text, "cooperating fully").name == "Bluefin Airlines"
