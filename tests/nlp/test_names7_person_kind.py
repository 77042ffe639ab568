"""A two-word name the NER tags as an organisation is a person's when the article calls it by its last word alone as
the subject of a reporting verb (`Renata Quist … Quist told reporters`), on hand-built Docs (issue 8, seventh round)."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from app.nlp.name_links import called_by_surname
from app.nlp.table_entry import Entry


def _doc(words: list[str], heads: list[int], deps: list[str], lemmas: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, lemmas=lemmas)


def test_a_name_whose_last_word_alone_tells_reporters_is_a_persons():
    words = ["Renata", "Quist", "leads", "the", "team", ".", "Quist", "told", "reporters", "."]
    doc = _doc(words, [1, 2, 2, 4, 2, 2, 7, 7, 7, 7], ["compound", "nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "ROOT", "dobj", "punct"],
               ["Renata", "Quist", "lead", "the", "team", ".", "Quist", "tell", "reporter", "."])
    entry = Entry("Renata Quist", "organization", ["Renata", "Quist"], mentions=[(0, 2), (6, 7)])
    assert called_by_surname(doc, entry)


def test_a_last_word_alone_that_only_modifies_is_no_surname():
    words = ["Morning", "Harbor", "ran", "the", "story", ".", "Harbor", "reporters", "left", "."]
    doc = _doc(words, [1, 2, 2, 4, 2, 2, 7, 8, 8, 8], ["compound", "nsubj", "ROOT", "det", "dobj", "punct", "compound", "nsubj", "ROOT", "punct"],
               ["Morning", "Harbor", "run", "the", "story", ".", "Harbor", "reporter", "leave", "."])
    entry = Entry("Morning Harbor", "organization", ["Morning", "Harbor"], mentions=[(0, 2), (6, 7)])
    assert not called_by_surname(doc, entry)
