"""Golden tests through the real model: `Conservative group leader Cllr Helen Moorcroft`, a councillor's abbreviated
title between the role and the name, belongs to the name as `Dr` does, not to the role. The sentence is our own;
before world11 the role was `Conservative group leader Cllr`."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_cllr_between_the_role_and_the_name_is_no_part_of_the_role(analyse):
    text = "Conservative group leader Cllr Helen Moorcroft said the decision had been taken \"behind closed doors\"."
    assert speaker_of(analyse, text, "the decision had been taken").role == "Conservative group leader"


def test_a_councillors_title_alone_stays_the_role(analyse):
    text = "Cllr Helen Moorcroft said the decision had been taken behind closed doors."
    assert speaker_of(analyse, text, "the decision had been taken").role == "Cllr"
