"""Golden tests through the real model: names in Canadian news. A double-barrelled name the NER tagged ORG, set after
a role (`Its chief financial officer, Nadine Lapierre-Cyr,`), is a person whose surname alone (`Ms. Lapierre-Cyr`)
is the same person; a surname with its elided particle standing alone (`said d'Aoust`) is a name; a word the NER
tagged PERSON opening a two-word institution's name (`Lakehead said` after `Lakehead University`) is that
institution. Our own sentences; before world12 each short form stood alone as a name of its own."""

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
