"""A minister named after a portfolio: the name begins at the word before an Irish surname's particle when the
given-name list lacks it (`Minister for Housing Pádraig Ó Súilleabháin`: `name_extent.cut_portfolios`), and a
lede's `The Minister for Housing has said` is the one person given that title with its portfolio, named next
(`described_entities._sole_holder`), whose role is then the office with its portfolio (`roles._role_of_description`).
Our own sentences, through the real model (fix14)."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model

TEXT = ("The Minister for Housing has said the Government will abolish the rent deposit rules from next September.\n\n"
        "Minister for Housing Pádraig Ó Súilleabháin said the change would help 40,000 tenants a year.")


def test_the_name_after_the_portfolio_keeps_its_given_name(analyse):
    speaker = speaker_of(analyse, TEXT, "40,000 tenants")
    assert (speaker.name, speaker.role) == ("Pádraig Ó Súilleabháin", "Minister for Housing")


def test_the_ledes_minister_with_a_portfolio_is_the_one_named_next(analyse):
    assert speaker_of(analyse, TEXT, "rent deposit").name == "Pádraig Ó Súilleabháin"


def test_the_described_offices_portfolio_is_its_role(nlp):
    from app.nlp.roles import _role_of_description

    doc = nlp("The Minister for Housing has said the Government will abolish the rent deposit rules.")
    assert _role_of_description(doc, 0, 2) == "Minister for Housing"  # the mention `The Minister`
    assert _role_of_description(doc, 0, 4) == "Minister for Housing"  # the mention `The Minister for Housing`
    doc = nlp("The Minister for the environment said the rules would stay.")
    assert _role_of_description(doc, 0, 2) == "Minister"  # a lower-case complement is no portfolio
