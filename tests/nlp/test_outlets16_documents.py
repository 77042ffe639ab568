"""US campaign news (issue 8, outlets16), on sentences of our own: who stands behind a memo the article names
through a relative clause (`X, now the party's chairman, who wrote in a memo`) or through a description set beside
a name (`a memo from its policy director, Aaron Feld`), when `The memo says` follows."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_the_memo_of_a_who_clause_speaks_for_the_one_it_follows(analyse):
    text = (
        "So is the pledge offered by my former colleague Dennis Oyelaran, now the party's chairman, who wrote in a "
        "memo to state chairs this month that the committee “will defend every ballot.” The memo says state "
        "parties should “prepare legal teams in every county,” and little else."
    )
    assert speaker_of(analyse, text, "prepare legal teams").name == "Dennis Oyelaran"


def test_a_memo_from_a_description_set_beside_a_name_is_that_persons(analyse):
    text = (
        "On Sunday, the Merrill campaign released a memo from its policy director, Aaron Feld, on the payroll tax. "
        "The memo says the estimate relies on the senator's own figures."
    )
    assert speaker_of(analyse, text, "relies on the senator").name == "Aaron Feld"


def test_a_memo_from_a_body_is_still_the_bodys(analyse):
    text = (
        "The agency released a memo from the Office of Management and Budget on Friday. The memo says the cuts "
        "will take effect in March."
    )
    assert speaker_of(analyse, text, "take effect in March").name == "Office of Management and Budget"
