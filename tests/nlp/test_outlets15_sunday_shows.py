"""US political news (issue 8, outlets15), on sentences of our own: a name before a participial aside the parse made
the participle's own subject (`Ruiz, asked about the ad …, said`), `City Controller` as a title, and a report whose
`that` clause follows a programme's name in quotation marks (`said on NBC's “Meet the Press” that …`), and a union
local's number in its name (`AFSCME District Council 33`)."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_name_before_a_participial_aside_speaks_though_parsed_as_its_subject(analyse):
    text = (
        "Kohler told reporters in Green Bay that he “wouldn't change a word.”\n\n"
        "Ruiz, asked about the ad at a town hall in Appleton on Saturday, said Kohler “has never read a bill.”"
    )
    assert speaker_of(analyse, text, "has never read a bill").name == "Ruiz"


def test_city_controller_is_a_title_not_part_of_the_name(analyse):
    text = (
        "City Controller Renee Castellano, who leads in the polls, was the main target of the debate.\n\n"
        "“I haven't forgotten, and the voters won't either,” Castellano said."
    )
    assert speaker_of(analyse, text, "the voters won't either").name == "Renee Castellano"


def test_a_that_clause_after_a_programme_in_quotation_marks_is_reported(analyse):
    text = (
        "Sen. Nora Quill, D-Nev., the lead negotiator, said on NBC's “Meet the Press” that she would not support "
        "any bill that cut legal immigration."
    )
    assert speaker_of(analyse, text, "she would not support any bill").name == "Nora Quill"


def test_a_unions_numbered_local_keeps_its_number(analyse):
    text = (
        "The city's largest municipal union, AFSCME District Council 47, announced on Tuesday that it would endorse "
        "the controller."
    )
    assert speaker_of(analyse, text, "it would endorse the controller").name == "AFSCME District Council 47"
