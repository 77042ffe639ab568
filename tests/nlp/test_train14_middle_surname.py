"""`Miguel Basáñez Ebergenyi, Mexico's ambassador` then `BasÃÂ¡ÃÂ±ez took over the Mexican Embassy last year …
Last year, he played down Trump's comments`: a Spanish name's first surname stands alone for the person, and here it
was written through the wrong encoding twice, so the NER did not tag it and the entity table did not know it; `he`
went to an unnamed official quoted before. A capitalised word read through the right encoding that is the middle
word of one person's name of three words is that person. Found on PolNeAR train-named. Our own sentences."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model

_TWICE = "Alcázar".encode().decode("latin-1").encode().decode("latin-1")  # `AlcÃÂ¡zar`: read through latin-1 twice


def _article(surname: str) -> str:
    return ("The government of Peru is changing how it answers its critics abroad, its ambassador to Washington, Pedro "
            "Alcázar Rivas, said on Monday.\n\n"
            "\"We have been too quiet,\" a Peruvian official who was not authorized to speak publicly said.\n\n"
            f"{surname} took over the embassy last year after serving as a professor in Lima. Last year, he called the "
            "criticism \"just part of the campaign\" and asked for patience.")


def test_a_middle_surname_read_twice_through_the_wrong_encoding(analyse):
    assert speaker_of(analyse, _article(_TWICE), "just part of the campaign").name == "Pedro Alcázar Rivas"


def test_a_middle_surname_written_right(analyse):  # a guard: the NER tags it, as before
    assert speaker_of(analyse, _article("Alcázar"), "just part of the campaign").name == "Pedro Alcázar Rivas"
