"""Golden tests through the real model: name forms of continental European, Israeli, Gulf and East and Southern
African news (round fifteen, world15b). Honorifics of Uganda, Tanzania and Zimbabwe (`Mzee`, `Cde`, `Mbuya`,
`Eng`) and France (`Maître`) are no part of the name, even where the NER runs them into an organisation; `MK` is a
title; a French particle written capitalised inside a full name (`Le`, `La`) opens the surname the article writes
alone; a profession opening a sentence capitalised (`Hydrologist …`) is the name's title. Our own sentences; before
world15b each speaker was the name with its honorific or title, or a shorter name."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_an_elder_and_a_comrade_lose_their_honorifics(analyse):
    text = ("Mzee Yowasi Tibaijuka, 81, said the well had dried up in August.\n\n"
            "\"We walk four kilometres for water now,\" Mzee Tibaijuka said.\n\n"
            "Zanu PF Manicaland provincial chairman Cde Farai Chinotimba said the borehole would be repaired.\n\n"
            "\"The party has heard the people,\" Cde Chinotimba said.")
    assert speaker_of(analyse, text, "the well had dried").name == "Yowasi Tibaijuka"
    assert speaker_of(analyse, text, "We walk four").name == "Yowasi Tibaijuka"
    assert speaker_of(analyse, text, "The party has heard").name == "Farai Chinotimba"


def test_a_grandmother_and_an_engineer_written_without_a_stop(analyse):
    text = ("Mbuya Sekai Marufu, 84, said the clinic was too far away.\n\n"
            "District water engineer Eng Tatenda Moyo said the pipes would be laid by March.\n\n"
            "\"Every village on the list will have a tap,\" Eng Moyo said.")
    assert speaker_of(analyse, text, "the clinic was too far").name == "Sekai Marufu"
    assert speaker_of(analyse, text, "Every village").name == "Tatenda Moyo"


def test_a_french_lawyers_maitre(analyse):
    text = ("The family's lawyer, Maître Hélène Courbet, said the complaint would be filed on Monday.\n\n"
            "\"The police had every warning they needed,\" Courbet said.")
    assert speaker_of(analyse, text, "the complaint would be filed").name == "Hélène Courbet"
    assert speaker_of(analyse, text, "The police had every").name == "Hélène Courbet"


def test_mk_is_a_title(analyse):
    text = ("Likud MK Moti Ben-Ezra said the budget would pass next week.\n\n"
            "\"The coalition has the votes,\" Ben-Ezra said.")
    assert speaker_of(analyse, text, "the budget would pass").name == "Moti Ben-Ezra"


def test_a_capitalised_french_particle_opens_the_surname(analyse):
    text = ("Jean-Baptiste Le Goff, who heads the cooperative, said the ruling would ruin dozens of farms.\n\n"
            "\"We have followed every rule,\" Le Goff told AFP as tractors lined the ring road.\n\n"
            "\"Without water in July, there is no farm,\" he added.\n\n"
            "Le Goff said the blockades would continue.")
    assert speaker_of(analyse, text, "We have followed").name == "Jean-Baptiste Le Goff"
    assert speaker_of(analyse, text, "the blockades").name == "Jean-Baptiste Le Goff"


def test_a_capitalised_profession_before_the_name_is_its_title(analyse):
    text = "Glaciologist Ingrid Solberg, of the University of Bergen, said the ice had thinned by a third."
    assert speaker_of(analyse, text, "the ice had thinned").name == "Ingrid Solberg"


def test_a_retired_bishop_and_his_title_tagged_an_organisation(analyse):
    """`Emeritus` after a title is part of it; `Bishop Kisembo` (tagged ORG) is the bishop named in full before."""
    text = ("Bishop Emeritus Patrick Baluku Kisembo said peace talks must resume.\n\n"
            "Bishop Kisembo said the church would mediate.")
    assert speaker_of(analyse, text, "peace talks").name == "Patrick Baluku Kisembo"
    assert speaker_of(analyse, text, "the church would mediate").name == "Patrick Baluku Kisembo"
