"""Golden tests through the real model: a stock ticker after a company's name (`Orbis Motors Inc. (NYSE: ORB)`,
Reuters' `Orbis Motors Inc <ORBS.O>`) is no speaker and opens no quotation; the company speaks. Sentences of our
own; before outlets9 the bracketed colon was read as a headline's `Name: quote` and the angle bracket as the speaker."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("exchange", ["NYSE", "NASDAQ"])
def test_a_ticker_with_its_exchange_opens_no_quotation(analyse, exchange):
    text = f"Orbis Motors Inc. ({exchange}: ORB) said on Monday it would cut prices of its pickup trucks."
    speaker = speaker_of(analyse, text, "it would cut prices")
    assert speaker.name == "Orbis Motors Inc."
    assert not [q for q in analyse(text) if q.text.startswith("ORB")]


def test_a_reuters_ticker_in_angle_brackets_is_no_speaker(analyse):
    text = "(Reuters) - Orbis Motors Inc <ORBS.O> said on Monday it would cut prices of its electric pickup by 8%."
    assert speaker_of(analyse, text, "it would cut prices").name == "Orbis Motors Inc"
