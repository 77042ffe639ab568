"""Speaker names as long as the article writes them, through the real model, on sentences of our own (issue 8): a
place name holding a reporting verb's form, capitalised words opening a quotation or sentence before a name, and
a transcript's speaker labels in capitals."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_a_place_name_ending_in_a_reporting_verbs_form_is_whole(analyse):
    text = (
        "Back when the treaty was signed, the United States pledged that it would lift the limits on trucks by 2000.\n\n"
        "Officials in Ottawa said little about it."
    )
    assert speaker_of(analyse, text, "it would lift the limits").name == "United States"


def test_words_opening_a_quotation_and_a_sentence_are_no_part_of_the_name(analyse):
    text = (
        "Lamenting their luck, farmers in the valley often say, \"Poor Mexico, so far from God.\" "
        "Say Mexico demanded that the United States pay for the wall.\n\n"
        "Mexico has refused before."
    )
    assert speaker_of(analyse, text, "the United States pay").name == "Mexico"


def test_a_transcript_label_is_the_full_name_the_article_writes(analyse):
    text = (
        "Partial transcript of the interview with Governor Dana Whitcombe follows.\n\n"
        "\"HALVORSEN: Let's start with the budget. Do you support the plan?\n\n"
        "\"WHITCOMBE: I do support it, and so does the legislature.\n\n"
        "\"HALVORSEN: But your party has opposed it for years."
    )
    assert speaker_of(analyse, text, "I do support it").name == "Dana Whitcombe"
    assert speaker_of(analyse, text, "start with the budget").name == "Halvorsen"


def test_a_countrys_short_name_is_its_formal_name(analyse):
    text = (
        "The Republic of Marovia denies that the border war was a crime.\n\n"
        "Marovia said on Monday that the talks would continue."
    )
    assert speaker_of(analyse, text, "the talks would continue").name == "Republic of Marovia"


def test_a_stations_channel_number_is_part_of_its_name(analyse):
    text = (
        "Drivers on the coast road saw a new sign on Friday.\n\n"
        "Local news affiliate KTVX 4 is reporting that a husband and wife were surprised by the sign."
    )
    assert speaker_of(analyse, text, "surprised by the sign").name == "KTVX 4"


def test_a_short_name_in_brackets_after_an_organisation_is_that_organisation(analyse):
    text = (
        "Drivers were surprised to see a Harbor Department of Roads (Harbroads) sign on Friday night at an exit near Dover.\n\n"
        "Harbroads said in a statement that the sign had been hacked."
    )
    assert speaker_of(analyse, text, "the sign had been hacked").name == "Harbor Department of Roads"
