"""A brand's first word that the NER tags NORP (`Borealis pilots` after `Borealis Airlines`) is the organisation that
name opens, not a people of its own (fix13, `name_links.stands_for`); a party's is not (`a Republican` is no `Republican
Party`). Hand-built Docs: whether the NER tags such a word NORP depends on the word, so the tags are set here."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from app.nlp.name_links import stands_for
from app.nlp.table_entry import Entry


def _doc(words, pos, ents):
    doc = Doc(Vocab(), words=words, pos=pos)
    doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=label) for s, e, label in ents]
    return doc


def test_a_brand_word_tagged_norp_stands_for_its_company():
    words = ["Vantora", "Airlines", "cut", "flights", ".", "Vantora", "pilots", "walked", "out", "."]
    pos = ["PROPN", "PROPN", "VERB", "NOUN", "PUNCT", "PROPN", "NOUN", "VERB", "ADP", "PUNCT"]
    doc = _doc(words, pos, [(0, 2, "ORG"), (5, 6, "NORP")])
    airline = Entry("Vantora Airlines", "organization", ["Vantora", "Airlines"], mentions=[(0, 2)])
    assert stands_for(doc, 5, airline)


def test_a_party_word_does_not_stand_for_the_party():
    words = ["The", "Republican", "Party", "met", ".", "Republican", "voters", "came", "."]
    pos = ["DET", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "NOUN", "VERB", "PUNCT"]
    doc = _doc(words, pos, [(1, 3, "ORG"), (5, 6, "NORP")])
    party = Entry("Republican Party", "organization", ["Republican", "Party"], mentions=[(1, 3)])
    assert not stands_for(doc, 5, party)
