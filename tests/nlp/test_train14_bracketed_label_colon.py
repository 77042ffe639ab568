"""`Rep. Trey Gowdy (R-S.C.):"I have not heard anyone other than you ever cite that figure. Who told you that?"`: a
hearing's exchange written as turns, each a name, a party-and-state label in brackets and a colon. The bracket made
the lead-in too long to be a name before a colon, and with no space after the colon the straight mark was not taken
for an opening one, so the quotation was lost and a report inside it (`Who told you that …`) stood in for it. Found
on PolNeAR train-named. Our own sentences."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model

_OPENING = "The hearing ran for eleven hours.\n\n"


def test_a_bracketed_label_before_the_colon(analyse):
    text = _OPENING + ('Rep. Tom Hale (R-Ohio): "I have not heard anyone other than you ever cite that figure. Who told you '
                       'that?"\n\nFormer governor Ann Ruiz: "We learned that from the department."')
    assert speaker_of(analyse, text, "ever cite that figure").name == "Tom Hale"


def test_no_space_after_the_colon(analyse):
    text = _OPENING + ('Rep. Tom Hale (R-Ohio):"I have not heard anyone other than you ever cite that figure. Who told you '
                       'that?"\n\nFormer governor Ann Ruiz:"We learned that from the department."')
    assert speaker_of(analyse, text, "ever cite that figure").name == "Tom Hale"
    assert speaker_of(analyse, text, "We learned that").name == "Ann Ruiz"


def test_a_turn_without_a_bracket(analyse):  # a guard: same before and after
    text = _OPENING + 'Rep. Tom Hale: "I have not heard anyone other than you ever cite that figure."'
    assert speaker_of(analyse, text, "ever cite that figure").name == "Tom Hale"


def test_a_long_title_before_the_name_and_colon(analyse):
    """`Former secretary of state Hillary Rodham Clinton:"We learned that …"`: the lead-in's length counts the title's
    words, not the name's."""
    text = _OPENING + 'Former secretary of state Ann Marie Ruiz: "We learned that from the department and their analysis."'
    assert speaker_of(analyse, text, "We learned that").name == "Ann Marie Ruiz"
