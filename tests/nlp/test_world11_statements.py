"""Golden tests through the real model: `In an email to the Star, a spokesperson for the minister said …`, the way
Canadian news attributes a statement sent to it. The parse hangs the spokesperson on the outlet as its apposition
and leaves `said` without a subject; before world11 the report was missed, or given to the outlet. Each sentence is
our own."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize(
    ("text", "starting", "name"),
    [
        ("In an email to the Star, a spokesperson for Education Minister Rob Vandermeer said the board had received \"record funding\" this year.",
         "the board had received", "a spokesperson for Education Minister Rob Vandermeer"),
        ("In a statement to CBC News, a spokesperson for Hydro One said the outage was caused by ice.",
         "the outage was caused", "a spokesperson for Hydro One"),
    ],
)
def test_the_spokesperson_after_the_outlet_speaks(analyse, text, starting, name):
    assert speaker_of(analyse, text, starting).name == name


def test_a_name_described_by_an_apposition_still_speaks(analyse):
    text = "Jane Doe, a spokeswoman for the mayor, told reporters the bill was dead."
    assert speaker_of(analyse, text, "the bill was dead").name == "Jane Doe"
