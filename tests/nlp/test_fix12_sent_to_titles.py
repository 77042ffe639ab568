"""`In a letter to Attorney General Dana Ruiz, …`: the thing sent before the preposition (no title among its words)
is no part of the name's title; the role is `Attorney General`. Our own sentences; before fix12 it was `letter to
Attorney General`."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_the_document_sent_is_not_the_title(analyse):
    text = "In a letter to Attorney General Dana Ruiz, the senators asked for an inquiry. Ruiz said she would respond."
    assert speaker_of(analyse, text, "she would respond").role == "Attorney General"


def test_a_title_before_the_preposition_stays(analyse):
    text = "Secretary of State Antony Blinken said the talks would resume."
    assert speaker_of(analyse, text, "the talks").role == "Secretary of State"


def test_an_ampersand_in_a_company_name_is_no_preposition(analyse):
    text = "Brook & Vale Chief Executive Nadia Osei said the merger would close in June."
    assert speaker_of(analyse, text, "the merger").role == "Brook & Vale Chief Executive"


def test_a_capitalised_name_before_the_preposition_stays(analyse):
    text = "Bank of Ghana Governor Kofi Mensah said rates would stay on hold."
    assert speaker_of(analyse, text, "rates would").role == "Bank of Ghana Governor"
