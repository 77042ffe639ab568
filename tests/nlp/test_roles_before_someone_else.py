"""The words before a name are that name's role only when they are a title OF it: `a pollster for Mr. Trump` is the
pollster's role, and Trump quoted later carried `pollster for Mr.` (and after `a spokeswoman for Donald Trump`,
`spokeswoman`). A spaced hyphen is a dash, not the hyphen of `Vice-President`: a dateline or a list before it
(`JERUSALEM - Israeli Prime Minister`, `GOP rivals - Sen.`) is no part of the title. Found on PolNeAR train-named's
roles; our own sentences."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("before", ["a spokeswoman for Donald Trump", "a senior adviser and pollster for Mr. Trump"])
def test_a_role_for_someone_is_not_theirs(analyse, before):
    text = f'Kelly Moran, {before}, will lead the campaign. "We are winning," Trump said.'
    assert speaker_of(analyse, text, "We are winning").role is None


def test_a_title_of_the_name_after_a_preposition_is_its_own(analyse):  # a guard: same before and after
    text = 'Chelsea Clinton, a daughter of former President Bill Clinton, spoke first. Later, Bill Clinton said "we are proud."'
    assert speaker_of(analyse, text, "we are proud").role == "former President"


def test_a_dateline_before_a_spaced_hyphen_is_no_title(analyse):
    text = 'JERUSALEM - Israeli Prime Minister Benjamin Netanyahu said Thursday that the remarks were "unacceptable."'
    assert speaker_of(analyse, text, "unacceptable").role == "Israeli Prime Minister"


def test_a_list_before_a_spaced_hyphen_is_no_title(analyse):
    text = ("The mayor's rivals - Sen. Ted Cruz of Texas and Ohio Gov. John Kasich - met on Monday. Cruz said he was "
            '"very glad" to go.')
    assert speaker_of(analyse, text, "very glad").role == "Sen."


def test_a_hyphen_written_without_spaces_joins_the_title(analyse):  # a guard: same before and after
    text = 'Vice-President Kamala Harris said the talks were "useful."'
    assert speaker_of(analyse, text, "useful").role == "Vice-President"


@pytest.mark.parametrize("office", ["Minister for Finance", "Minister for Defence", "Minister for Justice"])
def test_an_office_written_in_capitals_is_one_title(analyse, office):  # `Finance` is a title word (`Finance Minister`)
    text = f'{office} Paschal Doyle said the paper was "a prudent step."'
    assert speaker_of(analyse, text, "a prudent step").role == office
