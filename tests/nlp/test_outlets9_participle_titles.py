"""Golden tests through the real model: a participle opening a title before a name (`Pitching coach Dave Ruiz`,
`Acting Secretary Julie Su`, `Managing director Tom Hale`) is part of the role. Sentences of our own; before outlets9
the role lost it (`coach`, `Secretary`, `director`)."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize(("title", "name"), [
    ("Pitching coach", "Dave Ruiz"), ("Acting Secretary", "Julie Su"), ("Managing director", "Tom Hale"),
])
def test_a_participle_opening_a_title_is_part_of_the_role(analyse, title, name):
    text = f"{title} {name} said the hearing would resume on Monday."
    speaker = speaker_of(analyse, text, "the hearing would resume")
    assert (speaker.name, speaker.role) == (name, title)
