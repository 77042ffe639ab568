"""Golden tests through the real model: a player's position before the name is a title (`Linebacker Trey Moss`), so
the name is the person's own and the position is the role, and a later `the Rangers winger` is that player. Sentences
of our own; before outlets9 the position was read as the first word of the name and the description stayed unnamed."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_position_before_a_players_name_is_a_role(analyse):
    text = ("Linebacker Trey Moss noted that the defense had not allowed a touchdown in the second half. "
            "\"We did our jobs,\" he said.")
    speaker = speaker_of(analyse, text, "We did our jobs")
    assert (speaker.name, speaker.role) == ("Trey Moss", "Linebacker")


def test_a_quarterback_named_at_the_start_of_a_sentence(analyse):
    text = "Quarterback Nate Ibarra threw three interceptions. \"I have to be better,\" Ibarra said."
    speaker = speaker_of(analyse, text, "I have to be better")
    assert (speaker.name, speaker.role) == ("Nate Ibarra", "Quarterback")


def test_the_team_and_position_later_name_the_player(analyse):
    text = ("Rangers winger Olli Marttila scored twice on Saturday night.\n\n"
            "\"We finally found some rhythm,\" Marttila said.\n\n"
            "Devils coach Ray Cobb said his team had stopped skating.\n\n"
            "\"It was fun out there,\" the Rangers winger added.")
    assert speaker_of(analyse, text, "It was fun out there").name == "Olli Marttila"
