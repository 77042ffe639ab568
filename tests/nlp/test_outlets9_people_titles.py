"""Golden tests through the real model: words that say what someone is in a local story (`Parishioner Rosa Delgado`,
`A neighbor, Ana Ruiz,`, `her longtime producer, Marcus Dade,`) are titles: not part of the name, and the role.
Sentences of our own; before outlets9 `Parishioner` was read as a first name and the others gave no role."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_parishioner_before_the_name_is_no_part_of_it(analyse):
    text = ("Parishioner Edith Crowley, 81, was married in the church in 1962. "
            "\"I know every pew in this place,\" she said.")
    speaker = speaker_of(analyse, text, "I know every pew")
    assert (speaker.name, speaker.role) == ("Edith Crowley", "Parishioner")


def test_a_neighbor_apposed_to_the_name_is_the_role(analyse):
    text = "A neighbor, Ana Ruiz, said she heard two shots. \"I hid under the table,\" Ruiz said."
    assert speaker_of(analyse, text, "I hid under").role == "neighbor"


def test_a_producer_apposed_to_the_name_is_the_role(analyse):
    text = "\"She has earned a rest,\" her longtime producer, Marcus Dade, told Variety."
    assert speaker_of(analyse, text, "She has earned").role == "longtime producer"
