"""Golden tests through the real model: `the Denver-based company` names no one itself, so it is the company the
article is about, as `the company` is. Sentences of our own; before outlets9 the description stayed unnamed."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("description", ["The Denver-based company", "The Ohio-headquartered company"])
def test_a_company_described_by_where_it_is_based_is_the_one_named(analyse, description):
    text = ("Kestrel Labs Inc. said on Monday it would recall 40,000 bicycle helmets.\n\n"
            f"{description} said in a blog post that no injuries had been reported.")
    assert speaker_of(analyse, text, "no injuries").name == "Kestrel Labs Inc."


def test_a_company_described_by_its_city_and_state_is_still_the_one_quoted(analyse):
    text = ("Orbis Motors Inc said on Monday it would cut prices of its electric pickup by 8%.\n\n"
            "The Austin, Texas-based company's shares fell 3% in premarket trading.\n\n"
            "In a statement, the company said deliveries would begin in June.")
    assert speaker_of(analyse, text, "deliveries would begin").name == "Orbis Motors Inc"
