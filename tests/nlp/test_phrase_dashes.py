"""One reading of "a dash that sets words apart" serves the roles and the description resolver: a hyphen joins a
word unless a space stands on either side of it; every longer dash sets words apart (hand-built Docs)."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from app.nlp.tokens import phrase_dash, word_hyphen


def _doc(words: list[str], spaces: list[bool]) -> Doc:
    return Doc(Vocab(), words=words, spaces=spaces)


def test_a_hyphen_inside_a_word_joins_it():
    doc = _doc(["the", "committee", "vice", "-", "chair"], [True, True, False, False, False])
    assert word_hyphen(doc[3]) and not phrase_dash(doc[3])


def test_a_hyphen_with_a_space_on_either_side_sets_words_apart():
    both = _doc(["JERUSALEM", "-", "Israeli"], [True, True, False])
    before = _doc(["rivals", "-", "Sen."], [True, False, False])
    after = _doc(["rivals", "-", "Sen."], [False, True, False])
    for doc in (both, before, after):
        assert phrase_dash(doc[1]) and not word_hyphen(doc[1])


def test_every_longer_dash_sets_words_apart():
    for dash in ("—", "–", "--", "―"):
        doc = _doc(["an", "old", "favorite", dash, "others"], [True, True, False, False, False])
        assert phrase_dash(doc[3]) and not word_hyphen(doc[3])


def test_words_and_other_marks_are_no_dash():
    doc = _doc(["co", "-", "founder", ",", "said"], [False, False, False, True, False])
    assert not phrase_dash(doc[0]) and not phrase_dash(doc[3]) and not phrase_dash(doc[4])
