"""Golden tests through the real model: `Coun. Kwame Addo-Beaulieu was blunter: “…”`, a lead-in with a copula and
no reporting verb, whose subject is a person, introducing a quotation. The parse hangs the copula on the quote's
verb; before world11 the quotation had no speaker. Each sentence is our own."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_the_person_of_a_copula_lead_in_speaks(analyse):
    text = ("Mayor Priya Aulakh-Morin said the vote sent the wrong message.\n\n"
            "Coun. Kwame Addo-Beaulieu was blunter: \"This is a retreat, and everybody in this room knows it.\"")
    assert speaker_of(analyse, text, "This is a retreat").name == "Kwame Addo-Beaulieu"


def test_a_thing_of_a_copula_lead_in_does_not(analyse):
    quotes = [q for q in analyse("The question for the council is simple: \"Who pays for the new arena?\"") if "Who pays" in q.text]
    assert all(q.speaker is None or q.speaker.name != "question" for q in quotes)
