"""A possessed thing speaks for its owner (`Ortiz's memoir says` → Lena Ortiz); possessed people stay people
(`Reyes's backers`), and no pronoun stands for a part of the body. Sentences of our own, real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_a_named_owners_memoir_speaks_for_the_owner(analyse):
    text = "Carla Mendes ran the steel plant for a decade. “We never cut corners,” Mendes’s memoir says."
    assert speaker_of(analyse, text, "We never cut corners").name == "Carla Mendes"


def test_a_form_owned_by_a_surname_is_the_full_name(analyse):
    text = ("Senator Ana Whitfield filed her taxes late this year.\n\n"
            "Whitfield’s new disclosure form shows that she owns three farms in Ohio.")
    speaker = speaker_of(analyse, text, "she owns three farms")
    assert speaker.name == "Ana Whitfield" and speaker.kind == "person"


def test_a_thing_owned_by_a_pronoun_speaks_for_the_pronouns_person(analyse):
    text = "Dana Ruiz sat on the bench for twenty years. “I never doubted it,” her eyes seemed to say."
    assert speaker_of(analyse, text, "I never doubted it").name == "Dana Ruiz"


def test_an_owned_thing_whose_owner_is_unnamed_is_the_owner_as_described(analyse):
    text = "The union's grievance, filed on Monday, says that the plant broke the contract."
    assert speaker_of(analyse, text, "the plant broke the contract").name == "The union"


def test_owned_people_stay_the_people_described(analyse):
    text = ("Tom Reyes, a baker, spoke first. “We will reopen on Monday,” Reyes said.\n\n"
            "Reyes's backers said the shop would need new ovens.")
    assert speaker_of(analyse, text, "new ovens").name == "Tom Reyes's backers"


def test_no_pronoun_stands_for_a_head_a_person_owns(analyse):
    text = "Lena Ortiz took the stand on Monday. Her lawyer's head was bowed. “I did nothing wrong,” she said."
    assert speaker_of(analyse, text, "I did nothing wrong").name == "Lena Ortiz"
