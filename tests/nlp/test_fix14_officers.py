"""Who speaks when East African news names an officer (fix14): a given name written with an apostrophe
(`name_runs._apostrophe_in_name`), the titled name after a body's name with a comma list
(`misparsed_subjects._officer_before_verb`; the body is one name: `name_runs._listed_before_head`), a name set off after a role's `for` phrase
(`misparsed_subjects._apposed_to_whose_role`) and a title written as its initials (`title_initials`, `the CS said`).
Our own sentences, through the real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_given_name_ending_in_an_apostrophe_stays_in_the_name(analyse):
    text = ("Nakuru branch chairman Dr Wambui' Njoroge said nurses had not been paid since August. "
            "“We are tired of promises,” Dr Njoroge told reporters.")
    assert speaker_of(analyse, text, "nurses had not been paid").name == "Wambui' Njoroge"
    assert speaker_of(analyse, text, "tired of promises").name == "Wambui' Njoroge"


def test_a_plural_possessive_apostrophe_still_ends_the_name(analyse):
    text = "The Williams' lawyer, Dana Cole, said the family would appeal."
    assert speaker_of(analyse, text, "the family would appeal").name == "Dana Cole"


def test_the_titled_officer_after_a_body_with_a_comma_list_speaks(analyse):
    text = ("Kenya Union of Clinical Officers, Nurses and Midwives (KUCOM) Nakuru branch chairman Mr Peter Kiptoo said "
            "the strike would continue.")
    assert speaker_of(analyse, text, "the strike would continue").name == "Peter Kiptoo"


def test_a_name_set_off_after_a_roles_portfolio_holds_the_role(analyse):
    text = ("Dr Lucas Barasa, a surgeon, said the theatre had been closed. "
            "The county's Executive Committee Member for Water, Ms Mary Wekesa, said the pipes had been repaired.")
    assert speaker_of(analyse, text, "the pipes had been repaired").name == "Mary Wekesa"


def test_the_cs_is_the_cabinet_secretary_named_before(analyse):
    text = ("Interior Cabinet Secretary Joseph Mutua toured the camp on Friday. "
            "“We will not leave anyone behind,” the CS said.")
    assert speaker_of(analyse, text, "leave anyone behind").name == "Joseph Mutua"


def test_a_body_listing_its_members_before_its_head_is_one_name(analyse):
    text = ("Kenya Clinical Officers, Nurses and Midwives Union members marched in Nakuru on Monday. "
            "The union said talks with the county had failed.")
    assert speaker_of(analyse, text, "talks with the county").name == "Kenya Clinical Officers, Nurses and Midwives Union"
