"""Titles and unnamed sources in wire and local copy (issue 8, outlets11), on sentences of our own: `County
Administrator` and `Forest Supervisor` are titles before a name, and an anonymous official described by a
nationality is not the person the next sentence names, and `not authorized to discuss …` or `on condition of anonymity to
discuss …` reports no discussion."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("title", ["County Administrator", "Forest Supervisor"])
def test_an_administrator_or_supervisor_title_is_no_part_of_the_name(analyse, title):
    text = f"“We will reopen the road by Friday,” {title} Lena Marsh said in a statement."
    assert speaker_of(analyse, text, "reopen the road").name == "Lena Marsh"


def test_an_official_described_by_nationality_is_not_the_resident_named_next(analyse):
    text = (
        "ODESA, Ukraine (AP) — A blast at a gas pumping station left about 40,000 homes without heat on Friday, "
        "officials said.\n\n"
        "A senior Ukrainian energy official, who spoke on condition of anonymity because he was not authorized to "
        "discuss the damage publicly, said repairs could take at least two weeks.\n\n"
        "Elena Rusu, 63, carried two buckets of water up nine flights of stairs in the city's Peresyp district. "
        "“We have lived through worse,” she said."
    )
    assert speaker_of(analyse, text, "repairs could take").name == "A senior Ukrainian energy official"


@pytest.mark.parametrize("aside", [
    "who spoke on condition of anonymity because she was not authorized to discuss the outage publicly",
    "speaking on the condition of anonymity to discuss the minister's schedule",
])
def test_leave_to_speak_is_no_report(analyse, aside):
    text = f"A senior grid official, {aside}, said power would return by Sunday."
    assert [q.cue.text for q in analyse(text)] == ["said"]
