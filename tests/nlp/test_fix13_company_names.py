"""A company whose name reads like a person's is an organisation when the article writes its chief executive or
shareholders after it (fix13, `company_staff`). Our own sentences; before fix13 `Maple Ridge` was a person and `The
company said` went to the dateline's `DETROIT`."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model

TEXT = ("DETROIT — Maple Ridge said on Monday it would close 30 stores. Maple Ridge's chief executive, Lena Ortiz, said "
        "the company had lost money for three years. The company said the closures would affect 900 workers.")


def test_a_company_with_a_chief_executive_is_an_organisation(analyse):
    speaker = speaker_of(analyse, TEXT, "30 stores")
    assert (speaker.name, speaker.kind) == ("Maple Ridge", "organization")


def test_the_company_is_that_company(analyse):
    assert speaker_of(analyse, TEXT, "900 workers").name == "Maple Ridge"


def test_a_person_written_with_an_honorific_stays_a_person(analyse):
    text = ("Mr. Grant Lowell said on Monday he would sell the team. Grant Lowell's chief executive, Lena Ortiz, said the "
            "sale would close in June.")
    assert speaker_of(analyse, text, "sell the team").kind == "person"
