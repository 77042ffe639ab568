"""Roles a British court report and a copula give: counsel named by the side they argue (`Prosecuting, Amira Dale
said`, `Tom Bexley, defending, said`), a copula whose subject is the noun the name is set beside (`His brother, Sean
Tait, is Falkirk's goalkeeper.`), no role from a copula inside a quotation (`"Nora is the finest pianist in
Europe"` is praise), and a stated role before a bare `Cllr` (`Cllr Maria Bright, the leader of …`). Our own
sentences; before fix12 the first three gave no role, the fourth gave the praise and the last `Cllr`."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_prosecuting_before_the_name(analyse):
    text = "Jason Kerr, 41, admitted burglary at Leeds Crown Court. Prosecuting, Amira Dale said the house was empty."
    assert speaker_of(analyse, text, "the house").role == "Prosecuting"


def test_defending_after_the_name(analyse):
    text = "Jason Kerr, 41, admitted burglary at Leeds Crown Court. Tom Bexley, defending, said his client was sorry."
    assert speaker_of(analyse, text, "his client").role == "defending"


def test_a_copula_through_the_noun_the_name_is_set_beside(analyse):
    text = ("Ryan Tait plays for Dundee. His brother, Sean Tait, is Falkirk's goalkeeper. "
            "Sean Tait said the derby would be tense.")
    assert speaker_of(analyse, text, "the derby").role == "Falkirk's goalkeeper"


def test_a_copula_inside_a_quotation_is_no_role(analyse):
    text = ("Nora Blythe has played with the orchestra for 20 years. \"Nora is simply the finest pianist in Europe,\" "
            "says the conductor, Piet Aalders. Blythe says she still practises every morning.")
    assert speaker_of(analyse, text, "still practises").role is None


def test_a_bare_councillor_title_loses_to_the_apposition(analyse):
    text = "Cllr Maria Bright, the leader of Ashford Borough Council, said the bins would be collected on Saturday."
    assert speaker_of(analyse, text, "the bins").role == "leader of Ashford Borough Council"
