"""Business and regulatory news (outlets17), on sentences of our own: a regulator's final notice speaks for the
regulator (`the notice says` after `The watchdog's final notice`), a complaint for whoever sued (`The Federal Trade
Commission sued … the complaint alleges`), and `the watchdog` / `the regulator` is the regulatory body named."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_the_notice_speaks_for_the_watchdog_that_issued_it(analyse):
    text = (
        "Aldermoor Bank has been fined £86mn by the Financial Conduct Authority. The FCA said the bank had agreed "
        "to settle. Jonathan Oduya, director of the campaign group Clean Money Alliance, said the fine was too "
        "small. The watchdog's final notice runs to 74 pages. On each occasion, the notice says, the concerns "
        "were logged but no one was given responsibility for fixing them."
    )
    assert speaker_of(analyse, text, "concerns were logged").name == "Financial Conduct Authority"


def test_the_complaint_speaks_for_whoever_sued(analyse):
    text = (
        "The Federal Trade Commission sued Tuesday to block Carrowmore Foods Inc.'s acquisition of Brightmeadow "
        "Corp., a maker of frozen waffles.\n\nThe deal would give the combined company control of more than 60% of "
        "the U.S. market for frozen waffles, the complaint alleges, and would eliminate “head-to-head competition "
        "that has kept prices in check.”"
    )
    assert speaker_of(analyse, text, "head-to-head competition").name == "Federal Trade Commission"


def test_the_regulator_is_the_regulatory_body_not_the_group_quoted_last(analyse):
    text = (
        "The Financial Conduct Authority fined Aldermoor Bank on Wednesday. Jonathan Oduya, director of the "
        "campaign group Clean Money Alliance, said the fine was too small. The regulator said it would not "
        "hesitate to act against individuals."
    )
    assert speaker_of(analyse, text, "not hesitate").name == "Financial Conduct Authority"


def test_told_analysts_on_a_call_in_a_month_that_reports_the_clause(analyse):
    text = (
        "Siobhan Carrick, who joined from a rival lender in 2021, told analysts on a call in July that the bank "
        "had set aside £95mn for the fine."
    )
    assert speaker_of(analyse, text, "set aside £95mn").name == "Siobhan Carrick"


def test_a_relative_clause_on_a_place_is_still_a_relative_clause(analyse):
    text = "Siobhan Carrick told analysts on a call in July that lasted two hours. She said the bank was sound."
    assert not [q for q in analyse(text) if "lasted two hours" in q.text]


def test_the_party_is_no_company_named_by_its_legal_name(analyse):
    text = (
        "The campaign hired Stephen Vance of Breitbart News LLC on Tuesday. A female Breitbart reporter had accused "
        "the campaign manager of grabbing her. His behavior has angered the party's top figures, who have openly "
        "expressed concern about preserving Republican majorities in the House."
    )
    assert speaker_of(analyse, text, "preserving Republican majorities").name != "Breitbart News LLC's top figures"


def test_a_second_that_clause_after_told_on_a_call_is_reported_with_the_first(analyse):
    text = (
        "Ms. Castellanos told reporters on a call that the FTC was “not against deals,” but that it would act "
        "whenever a merger “takes away the choice families have at the store.”"
    )
    found = [q for q in analyse(text) if "not against deals" in q.text]
    assert len(found) == 1 and "it would act" in found[0].text
