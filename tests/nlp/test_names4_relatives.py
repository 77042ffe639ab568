"""`who` after the last name of a written list, through the real model, on sentences of our own (issue 8)."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_who_after_the_last_name_of_a_list_is_that_person(analyse):
    text = (
        "The opening drew a large crowd.\n\n"
        "The ceremony featured the mayor, Dana Whitcombe, as well as celebrities like Ana Ruiz, Ben Ostrow, Carla Mendes "
        "and Tomas Lind, who joked of the pier, \"I haven't walked it yet, but I'm going to.\""
    )
    assert speaker_of(analyse, text, "walked it yet").name == "Tomas Lind"
