"""A description named between commas right after it is the person it names (branch `describe5`): golden tests
through the real model, sentences of our own."""

from tests.nlp.speaking import speaker_of


def test_a_name_hung_on_the_descriptions_clause_is_who_speaks(analyse):
    text = ("Ten years ago, I was applying for a post at the Daily Ledger when a man rolled past my desk on a bicycle.\n\n"
            'The editor I was meeting, Paula Brandt, stopped me halfway to announce, "There goes our best reporter."\n\n'
            "That was the first time I met Gus Hale.")
    assert speaker_of(analyse, text, "best reporter").name == "Paula Brandt"


def test_a_name_set_beside_a_relation_noun_is_who_speaks(analyse):
    text = ("At the harbor, two men were mending a net. One of the men, Carl Dunne, 64, said the mill had ruined the town. "
            "The other man, his brother Ivan Dunne, 59, said the mill would reopen soon.")
    assert speaker_of(analyse, text, "reopen soon").name == "Ivan Dunne"


def test_a_name_inside_a_phrase_set_beside_the_description_is_not_who_speaks(analyse):
    text = ("Gus Hale retired from the Daily Ledger last spring. Tom Reyes spoke at the party. The editor, a friend of "
            "Gus Hale for years, said the paper would miss him.")
    assert speaker_of(analyse, text, "miss him").name != "Gus Hale"
