"""A three-word name the NER tags as an organisation (`Talia Brun Okafor`, a middle name in it) is a person's when
the article calls it by its last word alone, as for two-word names; three words that read as a place and a party
(`New Harbor Republican`) or end in an acronym (`Harbor Majority PAC`) are not (issue 8, table8)."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from app.nlp.name_links import called_by_surname
from app.nlp.table_entry import Entry


def _doc(words: list[str], ents: list[str]) -> Doc:
    return Doc(Vocab(), words=words, ents=ents)


def test_a_three_word_name_shortened_to_its_last_word_is_a_persons():
    words = ["Talia", "Brun", "Okafor", "runs", "a", "bakery", ".", "Okafor", "sold", "it", ".", "Later", "Okafor", "left", "."]
    ents = ["B-ORG", "I-ORG", "I-ORG"] + ["O"] * 12
    doc = _doc(words, ents)
    entry = Entry("Talia Brun Okafor", "organization", ["Talia", "Brun", "Okafor"], mentions=[(0, 3), (7, 8), (12, 13)])
    assert called_by_surname(doc, entry)


def test_a_place_and_a_party_adjective_are_no_three_word_name():
    words = ["New", "Harbor", "Republican", "leaders", "met", ".", "Republican", "voters", "left", ".", "Then", "Republican", "won", "."]
    ents = ["B-GPE", "I-GPE", "B-NORP"] + ["O"] * 3 + ["B-NORP"] + ["O"] * 4 + ["B-NORP", "O", "O"]
    doc = _doc(words, ents)
    entry = Entry("New Harbor Republican", "organization", ["New", "Harbor", "Republican"], mentions=[(0, 3), (6, 7), (11, 12)])
    assert not called_by_surname(doc, entry)


def test_a_name_ending_in_an_acronym_is_no_three_word_name():
    words = ["Harbor", "Majority", "PAC", "spent", "money", ".", "PAC", "ads", "ran", ".", "Then", "PAC", "won", "."]
    doc = _doc(words, ["B-ORG", "I-ORG", "I-ORG"] + ["O"] * 11)
    entry = Entry("Harbor Majority PAC", "organization", ["Harbor", "Majority", "PAC"], mentions=[(0, 3), (6, 7), (11, 12)])
    assert not called_by_surname(doc, entry)
