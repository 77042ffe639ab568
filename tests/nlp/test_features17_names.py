"""Names in features (features17), on sentences of our own through the real model: kin written before a given name
(`Uncle Dale`, `Aunt Mina`, `Grandma Rose`) is a form of address, not part of the name (data/honorifics.txt); the word
a clause about a full name calls the person (`whom the whole block calls Jack`, `known to everyone as Kit`, `who goes
by Bea`) is that person (`called_names`); a given name opening a sentence as its subject is the person named in
full with it, though the tagger reads it as a common noun (`Hector says` after `Hector Castillo`: `entities`); `His son
is Daniel Ruiz` marks the younger of two namesakes for `the elder Ruiz` (`namesake_ages._kin`)."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("kin, relation, name", [("Uncle", "brother", "Otis"), ("Aunt", "sister", "Lorna"), ("Grandma", "mother", "Ines")])
def test_kin_before_a_given_name_is_no_part_of_the_name(analyse, kin, relation, name):
    text = (f"Marcus Bell farms outside Ames. His {relation}, {name}, lives down the road. Marcus's daughter, June, "
            f"grew up on the farm. “{kin} {name} taught me to drive a tractor,” June says. {name} laughs. "
            "“The tractor ended up in the pond,” " f"{name} says.")
    assert speaker_of(analyse, text, "in the pond").name == name


@pytest.mark.parametrize("introduction, called", [
    ("Her grandson is Jonathan Reyes, who is 24 and whom the whole block calls Jack.", "Jack"),
    ("The shop belongs to Katherine Mills, who goes by Bea.", "Bea"),
    ("The shop belongs to Katherine Mills, known to everyone on the street as Bea.", "Bea"),
])
def test_the_name_a_person_is_called_by_is_that_person(analyse, introduction, called):
    text = (f"{introduction} {called} opens at seven every morning and closes when the bread runs out.\n\n"
            f"“Nobody here has ever waited for bread,” {called} says.")
    full = "Jonathan Reyes" if called == "Jack" else "Katherine Mills"
    assert speaker_of(analyse, text, "waited for bread").name == full


def test_his_son_is_named_with_a_copula_is_the_younger_namesake(analyse):
    text = ("Frank Ruiz has run the hardware store on Fifth Street since 1979. His son is Daniel Ruiz, who is 41. "
            "Daniel Ruiz does the ordering now.\n\n"
            "The elder Ruiz still opens the store. “I count the nails,” the elder Ruiz said.")
    assert speaker_of(analyse, text, "count the nails").name == "Frank Ruiz"


def test_a_given_name_tagged_as_a_common_noun_is_the_person_named_in_full(analyse):
    text = ("Brady and Hector Ibarra met in 1993 at the diner. Brady says he was the diner's first regular. "
            "Hector says he was the third.")
    assert speaker_of(analyse, text, "was the third").name == "Hector Ibarra"
