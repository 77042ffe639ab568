"""Golden tests through the real model: `the judge` and `the sergeant` after a judge styled `Justice` (`Mr Justice
Andrew Fenwick`, Canada's `Justice Karen Sobey-Aucoin`) or a rank written short (`Sgt. Wayne Kaminski`). Each text is
our own; before world9 `the judge` went to the last person named (counsel) and `the sergeant` stayed unnamed."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize(
    ("text", "starting", "name"),
    [
        ("Mr Justice Andrew Fenwick said the council had acted lawfully.\n\n"
         "Counsel for the developer, Nadia Rahimi KC, told the court her client had been offered too little.\n\n"
         "The judge said compensation would be decided separately.", "compensation would", "Andrew Fenwick"),
        ("Sgt. Wayne Kaminski said no one was hurt.\n\nA neighbour, Tom Reid, said he saw flames.\n\n"
         "The sergeant said the fire started in the kitchen.", "the fire started", "Wayne Kaminski"),
    ],
)
def test_a_title_written_another_way_is_the_same_office(analyse, text, starting, name):
    assert speaker_of(analyse, text, starting).name == name
