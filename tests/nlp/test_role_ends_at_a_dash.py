"""A role read from an apposition ends at a dash: `… coordinated by New Jersey's Ada Lonegan — a former Cruz adviser —
and Colorado's Kendal Unruh` gave Lonegan the role `former Cruz adviser — and Colorado's Kendal Unruh` (the parse ran
the apposition on through the closing dash). A hyphen written without spaces is no dash, and it joins the halves of a
title the parse split into appositions (`the committee vice-chair` was `committee vice`). Found on PolNeAR
train-named's roles; our own sentences."""

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


def test_a_hyphenated_title_the_parse_split_stays_whole(analyse):
    # the parse makes `the committee vice`, `-` and `chair` three appositions; the role was `committee vice`
    text = 'The motion came from Ana Ruiz, the committee vice-chair, on Monday. Ruiz said the rules were "rigged."'
    assert speaker_of(analyse, text, "rigged").role == "committee vice-chair"
