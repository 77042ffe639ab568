"""Pronoun votes for a person's gender (issue 8, a gender fixed by wrong pronoun votes): a pronoun followed in its
sentence by the name it would vote for is someone else, and a pronoun that continues a chain of subject pronouns
does not vote for a name the window holds only as an object. Sentences of our own, real model."""

import pytest

from app.nlp.contract import Gender
from app.nlp.extensions import ENTITIES

pytestmark = pytest.mark.slow


def _gender_of(nlp, text: str, name: str) -> Gender | None:  # noqa: ANN001
    entities = [entity for entity in nlp(text)._.get(ENTITIES) if entity.name == name]
    assert entities, [entity.name for entity in nlp(text)._.get(ENTITIES)]
    return entities[0].gender


def test_a_chain_of_pronouns_does_not_vote_for_the_object_named_in_it(nlp):
    text = (
        "Senator Tom Avery has not given up.\n\n"
        "He still keeps a small staff and a charter plane, and he wants concessions from Sarah Mitchell. "
        "He will fight on to the convention and refuses to say whether he remains a candidate.\n\n"
        "At the same time, he is meeting with Mitchell in private and being greeted warmly by colleagues who back Mitchell. "
        "He will work with the staff at Mitchell's headquarters in Denver. He also thanked the voters of Ohio."
    )
    assert _gender_of(nlp, text, "Sarah Mitchell") != Gender.MALE


def test_his_before_the_name_in_its_own_sentence_is_someone_elses(nlp):
    text = "Sarah Mitchell arrived in Denver on Monday. His aides greeted Mitchell at the station."
    assert _gender_of(nlp, text, "Sarah Mitchell") != Gender.MALE


def test_a_pronoun_owning_the_subject_starts_the_chain(nlp):
    text = (
        "Tom Avery plans his last week on the trail.\n\n"
        "His team is stepping up its talks with Sarah Mitchell's camp. He has not sent a fundraising email in six days."
    )
    assert _gender_of(nlp, text, "Sarah Mitchell") != Gender.MALE
