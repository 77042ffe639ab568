"""Of two namesakes, `her son, Liam Doyle` states that the other is a woman, so `Mr Doyle` is the son
(`name_links._owner_gender`); an abbreviated title before the name (`Rep.`, `Sen.`) says less than a
body's post (`The committee's chairman`: `roles.best_role`); the elder of three namesakes (`namesake_ages._kin_of_owner`). Our own sentences, through the real model (fix14)."""

import pytest

from app.nlp.roles import best_role
from tests.nlp.speaking import speaker_of


@pytest.mark.slow
def test_mr_is_the_son_a_her_relation_names(analyse):
    text = ("A statement from Margaret Doyle (79), a retired nurse from Tallaght, was read to the court by her son, "
            "Liam Doyle. Outside court, Mr Doyle said his mother had been devastated by the loss.")
    assert speaker_of(analyse, text, "devastated by the loss").name == "Liam Doyle"


@pytest.mark.slow
def test_mr_stays_with_the_man_whose_brother_is_named(analyse):
    text = ("Tom Reilly, a builder, was sentenced on Friday. His brother, Sean Reilly, sat in the gallery. "
            "Mr Reilly said he would appeal.")
    assert speaker_of(analyse, text, "he would appeal").name == "Tom Reilly"


def test_an_abbreviated_title_loses_to_the_apposition():
    assert best_role(["The committee's chairman", "Rep.", "Rep.", "Rep."]) == "The committee's chairman"
    assert best_role(["Rep.", "Rep."]) == "Rep."
    assert best_role(["Rep.", "member of the Freedom Caucus", "Rep."]) == "Rep."  # no body's post: the probe sets' gold keeps the rank


@pytest.mark.slow
def test_the_elder_is_the_unmarked_namesake_of_the_owners_gender(analyse):
    text = ("Frank Mercer has been out of politics for a decade. His campaign is run by his son, Owen Mercer, 31.\n\n"
            "The elder Mercer's wife, Joan Mercer, a retired teacher, has joined him on the trail.\n\n"
            "Owen Mercer said the campaign would spend its money in Iowa.\n\n"
            "Asked about the poll, the elder Mercer smiled. “I have been behind before,” he said.")
    assert speaker_of(analyse, text, "behind before").name == "Frank Mercer"
