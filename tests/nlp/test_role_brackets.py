"""A title's short form in brackets is part of the role: `The Member of Parliament (MP) for Kade, Hon. Kofi Owusu-Ansah,
said` gave the role `Member of Parliament () for Kade` (the bracketed letters read as a further apposition), and
`The Eastern Regional Director of the Environmental Protection Agency (EPA), …` lost its closing bracket. Found on
world14's probe (Ghanaian news); our own sentences."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_bracketed_letters_stay_in_the_role(analyse):
    text = 'The Member of Parliament (MP) for Tema, Hon. Kojo Mensah-Bonsu, said illegal miners had "destroyed" the river.'
    assert speaker_of(analyse, text, "destroyed").role == "Member of Parliament (MP) for Tema"


def test_a_role_keeps_the_bracket_it_closes(analyse):
    text = 'The Western Regional Director of the Forestry Commission (FC), Ama Sarpong-Boateng, said the forest was "dying."'
    assert speaker_of(analyse, text, "dying").role == "Western Regional Director of the Forestry Commission (FC)"
