"""A person's relation or aide (`Okafor's older brother`) is the one person the article names elsewhere with the same
owner and the same noun, the name set beside it (`Okafor's brother Emeka`) (branch `entity8`): golden tests through the
real model, sentences of our own."""

from tests.nlp.speaking import speaker_of


def test_the_owned_relation_is_the_relative_named_with_it(analyse):
    text = ("Tunde Okafor, 61, has run the corner shop on Elm Street for thirty years.\n\n"
            "Okafor's older brother worked at the shop as a teenager and said that the street had never been so quiet, "
            "long before Okafor's brother Emeka moved to Toronto.")
    assert speaker_of(analyse, text, "never been so quiet").name == "Emeka"


def test_two_named_relations_leave_the_description_as_written(analyse):
    text = ("Tunde Okafor, 61, has run the corner shop on Elm Street for thirty years.\n\n"
            "Okafor's older brother worked at the shop as a teenager and said that the street had never been so quiet, "
            "long before Okafor's brother Emeka moved to Toronto and Okafor's brother Chidi moved to Lagos.")
    assert speaker_of(analyse, text, "never been so quiet").name == "Tunde Okafor's older brother"
