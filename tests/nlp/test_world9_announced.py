"""Golden tests through the real model: `announce` closing the sentence it reports (`…, Premier Ana Ruiz announced
Thursday.`, `…, the union has announced.`), as Canadian wire and British news write a lede. Each sentence is our
own; before world9 the report was missed."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize(
    ("text", "starting", "name"),
    [
        ("Manitoba will cap rents for two years starting in January, Housing Minister Carla Dueck announced Thursday.", "Manitoba will cap", "Carla Dueck"),
        ("Nurses in Wales will be balloted on strike action next month, the Royal College of Nursing has announced.", "Nurses in Wales", "Royal College of Nursing"),
    ],
)
def test_announced_closing_a_sentence_reports_all_of_it(analyse, text, starting, name):
    assert speaker_of(analyse, text, starting).name == name


def test_announcing_a_thing_reports_nothing_before_it(analyse):
    text = "Sales fell for a third straight quarter, and the company announced job cuts."
    assert not [q for q in analyse(text) if "Sales fell" in q.text]
