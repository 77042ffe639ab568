"""Description extents (branch `describe2`): component tests on hand-built Docs, sentences of our own."""

import spacy
from spacy.tokens import Doc, Span

from app.nlp.description_resolution import dated_predicate


def _doc(words: list[str], heads: list[int], deps: list[str], tags: list[str], date: tuple[int, int] | None) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    if date is not None:
        doc.ents = [Span(doc, date[0], date[1], label="DATE")]
    return doc


def test_a_clause_hung_on_the_noun_with_a_dated_preposition_is_the_sentences_predicate():
    # `The Green candidates debated on Friday night , and their rivals were silent` misparsed: debated as acl of candidates
    words = ["The", "Green", "candidates", "debated", "on", "Friday", "night", "."]
    heads = [2, 2, 2, 2, 3, 6, 4, 2]
    deps = ["det", "amod", "ROOT", "acl", "prep", "compound", "pobj", "punct"]
    tags = ["DT", "JJ", "NNS", "VBN", "IN", "NNP", "NN", "."]
    doc = _doc(words, heads, deps, tags, (5, 7))
    assert dated_predicate(doc[3])


def test_a_participle_that_modifies_the_noun_is_no_predicate():
    words = ["People", "briefed", "on", "the", "talks", "."]
    heads = [0, 0, 1, 4, 2, 0]
    deps = ["ROOT", "acl", "prep", "det", "pobj", "punct"]
    tags = ["NNS", "VBN", "IN", "DT", "NNS", "."]
    doc = _doc(words, heads, deps, tags, None)
    assert not dated_predicate(doc[1])
