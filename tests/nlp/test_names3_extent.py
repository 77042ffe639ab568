"""Where a speaker's name begins, through the real model on sentences of our own (issue 8): a capitalised noun
saying what the person is stays outside the name, and a transcript's speaker glued to the quotation after a colon
is still a full name."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_a_capitalised_person_noun_before_a_name_is_no_part_of_it(analyse):
    text = "The ferry strike entered its third week.\n\nCelebrity Marisol Quintero said the crews deserved better pay."
    assert speaker_of(analyse, text, "the crews deserved").name == "Marisol Quintero"


def test_a_transcripts_speaker_glued_to_the_quotation_gives_the_full_name(analyse):
    text = (
        "The hearing ran for eleven hours.\n\n"
        "Former harbor commissioner Adaeze Nwosu Brandt:\"We learned that from the port authority.\"\n\n"
        "Several times that evening, Brandt said that the figure came from the port authority."
    )
    assert speaker_of(analyse, text, "the figure came from").name == "Adaeze Nwosu Brandt"
