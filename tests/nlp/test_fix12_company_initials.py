"""A company is called by the initials of its name without the corporate suffix (`NPF` for `Northern Plains Foods
Corp.`), or without the suffix and the trade word before it (`WP` for `Western Pacific Shipping Co.`). Our own
sentences; before fix12 the initials were a speaker of their own."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("text, starting, name", [
    ("Dockers at Western Pacific Shipping Co.'s Vancouver terminal walked out on Monday. WP said its offer was fair.",
     "its offer", "Western Pacific Shipping Co."),
    ("Northern Plains Foods Corp. will close its Regina plant. NPF said demand had fallen for two years.",
     "demand had fallen", "Northern Plains Foods Corp."),
])
def test_the_initials_are_the_company(analyse, text, starting, name):
    assert speaker_of(analyse, text, starting).name == name
