"""Stated gender in the entity table (issue 8, class 7): a gendered role word states the gender of the person it
is a role OF, never of a name that is the object of the role's preposition. Sentences of our own, real model."""

import pytest

from app.nlp.contract import Gender
from app.nlp.extensions import ENTITIES

pytestmark = pytest.mark.slow


def _gender_of(nlp, text: str, name: str) -> Gender | None:  # noqa: ANN001
    entities = [entity for entity in nlp(text)._.get(ENTITIES) if entity.name == name]
    assert entities, [entity.name for entity in nlp(text)._.get(ENTITIES)]
    return entities[0].gender


def test_a_role_for_a_name_is_not_that_names_role(nlp):
    text = "Lena Park, a spokeswoman for Tom Reyes, declined to comment on Friday. Reyes left the hall early."
    assert _gender_of(nlp, text, "Tom Reyes") is None
    assert _gender_of(nlp, text, "Lena Park") == Gender.FEMALE


def test_a_role_of_a_possessor_is_not_the_possessors_role(nlp):
    text = "Dan Okafor, the chairman of Mia Stone's campaign, spoke first. Mia Stone arrived late in the evening."
    assert _gender_of(nlp, text, "Mia Stone") is None


def test_a_title_after_of_is_the_names_own_title(nlp):
    text = "Ana Bell, a daughter of former Governor Karl Bell, runs the farm. Karl Bell retired in 2010."
    assert _gender_of(nlp, text, "Karl Bell") is None


def test_a_courtesy_title_inside_a_role_titles_someone_else(nlp):
    text = "Mr. Tom Reyes spoke on Monday. Later, Lena Park, a pollster for Mr. Reyes, said little."
    assert _gender_of(nlp, text, "Lena Park") is None
