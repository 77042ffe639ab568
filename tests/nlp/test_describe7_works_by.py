"""A title in quotation marks followed by `by` and a named person speaks for that author, whoever the title names
(branch `describe7`): golden tests through the real model, sentences of our own."""

from tests.nlp.speaking import speaker_of

_MEMOIR = ("Tom Reyes grew up in the harbor district and sold fish with his father.\n\n"
           "According to \"The Reyes Family: Four Decades on the Docks,\" by Nina Castell, "
           "Tom told a cousin that he would never leave the harbor.")


def test_a_quoted_title_by_an_author_speaks_for_the_author(analyse):
    assert speaker_of(analyse, _MEMOIR, "never leave the harbor").name == "Nina Castell"


def test_without_by_the_title_is_not_the_author(analyse):
    text = _MEMOIR.replace('Docks," by Nina Castell,', 'Docks," a book Nina Castell praised,')
    assert speaker_of(analyse, text, "never leave the harbor").name != "Nina Castell"
