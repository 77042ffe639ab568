"""`the company said` after one sentence naming two bodies whose names say they are companies (`Brightline Co. agreed
to sell … to Tandem Partners LLC`) is the one the sentence is about, its subject, not the nearer object. Our own
sentences; before fix11 the nearer one spoke."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_the_company_is_the_subject_of_the_deal(analyse):
    text = ("Brightline Co. agreed to sell its software unit to Tandem Partners LLC for $40 million. "
            "The company said the sale would close in May.")
    assert speaker_of(analyse, text, "the sale").name == "Brightline Co."


def test_a_company_named_since_is_nearer(analyse):
    text = ("Brightline Co. agreed to sell its software unit to Tandem Partners LLC for $40 million. "
            "Tandem Partners LLC has grown fast this year. The company said the purchase would close in May.")
    assert speaker_of(analyse, text, "the purchase").name == "Tandem Partners LLC"
