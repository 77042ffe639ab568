"""A human-interest lede reports someone by an indefinite description (`A pensioner who … says …`) and names them
as the subject opening the next paragraph, introduced between commas (`Harold Vance, from Wigan, …`): the
description is that person. Our own
sentences; before fix11 the description itself was the speaker."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model

_LEDE = ("A pensioner who waited eleven hours for an ambulance says he will never trust the service again.\n\n"
         "Harold Vance, from Wigan, fell in his garden in January and broke his hip.\n\n")


def test_the_lede_description_is_the_person_named_next(analyse):
    assert speaker_of(analyse, _LEDE, "never trust").name == "Harold Vance"


def test_a_name_the_lede_already_gave_is_not_the_newcomer(analyse):
    text = ("Harold Vance was visited by a nurse on Monday. A pensioner who waited eleven hours for an ambulance says "
            "he will never trust the service again.\n\nHarold Vance, from Wigan, fell in his garden in January.")
    assert speaker_of(analyse, text, "never trust").name != "Harold Vance"


def test_a_stated_gender_must_agree(analyse):
    text = ("A grandmother who waited eleven hours for an ambulance says she will never trust the service again.\n\n"
            "Harold Vance, from Wigan, fell in his garden in January. Mr Vance said he waited on the lawn.")
    assert speaker_of(analyse, text, "never trust").name != "Harold Vance"


def test_a_name_not_introduced_between_commas_is_someone_else(analyse):
    text = ("A shopper who saw the crash says the van was going far too fast.\n\n"
            "Harold Vance drove the van back to the depot afterwards.")
    assert speaker_of(analyse, text, "far too fast").name != "Harold Vance"
