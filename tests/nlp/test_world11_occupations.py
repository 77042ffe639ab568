"""Golden tests through the real model: the trades and arts general news names people by, as a description that
points back to the person (`says the painter`) and as the role an apposition gives (`a truck driver`). Each
sentence is our own; before world11 `the painter` stayed a description and the role was lost."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_the_trade_refers_back_to_the_person_named(analyse):
    text = ("Ravi Sandhu-Baptiste paints only at night, in a converted garage in Peckham.\n\n"
            "\"The light is honest at night,\" says the painter, whose first show opens on Friday.")
    assert speaker_of(analyse, text, "The light is honest").name == "Ravi Sandhu-Baptiste"


@pytest.mark.parametrize(
    ("text", "starting", "role"),
    [
        ("\"She calls every night,\" said her son, Harjot Dhillon, a truck driver.", "She calls every night", "truck driver"),
        ("In Bewdley, publican Gareth Moss watched the water rise. \"It still came in round the back,\" he said.", "It still came in", "publican"),
    ],
)
def test_the_trade_is_the_role(analyse, text, starting, role):
    assert speaker_of(analyse, text, starting).role == role
