"""Golden tests through the real model: names in Canadian news. A double-barrelled name the NER tagged ORG, set after
a role (`Its chief financial officer, Nadine Lapierre-Cyr,`), is a person whose surname alone (`Ms. Lapierre-Cyr`)
is the same person; a surname with its elided particle standing alone (`said d'Aoust`) is a name; a word the NER
tagged PERSON opening a two-word institution's name (`Lakehead said` after `Lakehead University`) is that
institution, and so is one opening an airline's (`Borealis said`); a possessive the NER keeps inside an organisation's name
(`St Aidan’s Hospice`, `Supporters' Trust`) does not cut the name. Our own sentences; before world12 each short form
stood alone as a name of its own, and each possessive cut its name to the last word."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_role_apposed_name_tagged_org_joins_its_surname(analyse):
    text = ("The board approved the sale on Friday. Its chief financial officer, Nadine Lapierre-Cyr, said the "
            "company had no other offers.\n\n"
            "“We looked everywhere,” Ms. Lapierre-Cyr said. “Nobody else came.”")
    assert speaker_of(analyse, text, "looked everywhere").name == "Nadine Lapierre-Cyr"


def test_a_lone_surname_with_its_elided_particle_is_the_person(analyse):
    text = ("In Chéticamp, fisherman Marcel d'Aoust said the season started late.\n\n"
            "\"The water was cold until June,\" said d'Aoust, who has fished there for 20 years.")
    assert speaker_of(analyse, text, "water was cold").name == "Marcel d'Aoust"


def test_a_person_tagged_word_opening_an_institution_is_the_institution(analyse):
    text = ("Faculty at Lakehead University voted to strike on Tuesday.\n\n"
            "In a statement, Lakehead said it would keep classes running during the strike.")
    assert speaker_of(analyse, text, "keep classes running").name == "Lakehead University"


def test_a_person_tagged_word_opening_an_airline_is_the_airline(analyse):
    text = ("Borealis Airlines cancelled nearly 400 flights on Friday.\n\n"
            "Borealis said on Friday evening that it expected to cancel about 600 flights on Saturday.")
    assert speaker_of(analyse, text, "600 flights").name == "Borealis Airlines"


@pytest.mark.parametrize("text, words, named", [
    ("Fans were angry. The Hartlepool Supporters' Trust said the owners had \"run the club into the ground\" for years.",
     "into the ground", "Hartlepool Supporters' Trust"),
    ("Joan Pryor was the chief executive of St Aidan’s Hospice in Bolton for 11 years.\n\nThe hospice said the loss had forced it to close its day centre.",
     "day centre", "St Aidan’s Hospice"),
])
def test_a_possessive_inside_an_organisations_name_keeps_the_name_whole(analyse, text, words, named):
    assert speaker_of(analyse, text, words).name == named


def test_a_union_owning_a_place_and_a_role_stays_the_union(analyse):
    text = ("Unifor, which represents about 900 workers at the plant, said it would ask to be heard during the review.\n\n"
            "“Five years goes by very fast,” said Martin Gagnon, Unifor’s Quebec director.")
    assert speaker_of(analyse, text, "ask to be heard").name == "Unifor"
