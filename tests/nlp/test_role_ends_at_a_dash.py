"""A role read from an apposition ends at a dash: `… coordinated by New Jersey's Ada Lonegan — a former Cruz adviser —
and Colorado's Kendal Unruh` gave Lonegan the role `former Cruz adviser — and Colorado's Kendal Unruh` (the parse ran
the apposition on through the closing dash). Found on PolNeAR train-named's roles; our own sentences."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_an_apposed_role_stops_at_a_dash(analyse):
    text = ("The walkout has largely been organised by Ohio's Ada Lonegan — a former Cruz adviser — and Idaho's Kendal "
            'Unruh, a delegate on the rules committee. Lonegan said the rules were "rigged."')
    assert speaker_of(analyse, text, "rigged").role == "former Cruz adviser"


def test_a_hyphen_inside_a_word_is_no_dash(analyse):  # a guard: same before and after
    text = 'The motion came from Ana Ruiz, a co-founder of the group, on Monday. Ruiz said the rules were "rigged."'
    assert speaker_of(analyse, text, "rigged").role == "co-founder of the group"
