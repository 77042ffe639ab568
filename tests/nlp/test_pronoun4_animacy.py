"""A name the entity table took for an organisation but the text writes with `, who` after it is a person a `she`
can stand for (issue 8: `she` resolved to the last woman quoted instead). Sentences of our own, real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_she_reaches_a_name_written_with_who(analyse):
    text = (
        "Two stars, Ana Ruiz and Vantora, were honored on Sunday. In her speech, Ruiz thanked her mother: "
        "\"She taught me to fight,\" she said. Meanwhile Vantora, who was given the top award, spoke about courage. "
        "\"Be brave every day,\" she said."
    )
    assert speaker_of(analyse, text, "Be brave").name == "Vantora"
