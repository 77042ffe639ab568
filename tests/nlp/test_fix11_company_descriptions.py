"""A company described by the index it is listed in (`the FTSE 100 company`, `the S&P 500 firm`), where it is listed
(`the Nasdaq-listed company`) or by its trade (`the supermarket supplier`, `the carmaker`) is the company the article
introduced. Our own sentences; before fix11 each description stayed unresolved or went to the exchange."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("text, words, named", [
    ("Shares in Harlow Foods fell 9 per cent on Tuesday. The FTSE 100 company said wage costs had hit profits.",
     "wage costs", "Harlow Foods"),
    ("Greenhill Dairies agreed to buy a creamery in Wales. The Nasdaq-listed company said the deal would close in May.",
     "the deal", "Greenhill Dairies"),
    ("Marlow Produce cut its forecast on Monday. The supermarket supplier said its orders had halved.",
     "orders", "Marlow Produce"),
])
def test_a_described_company_is_the_one_introduced(analyse, text, words, named):
    assert speaker_of(analyse, text, words).name == named
