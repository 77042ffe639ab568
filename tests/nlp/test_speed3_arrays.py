"""Per-Doc arrays read once (`tokens.token_texts`, `sentence_start_flags`, `may_report`, the children index) and
topics' noun chunks read from arrays must say exactly what the Token objects and spaCy's iterators say."""

from __future__ import annotations

import spacy

from app.nlp.tokens import children, may_report, sentence_start_flags, token_texts
from app.nlp.topics import noun_chunk_bounds

TEXT = (
    "According to the mayor, Ana Ruiz and her brother, the council's lawyer, said the plan was dead.\n\n"
    "“It will not pass,” she told reporters on Tuesday.  The report, which officials released, found that taxes "
    "and fees rose. ACCORDING TO POLLS, voters and their unions disagree."
)


def test_token_texts_are_the_tokens_texts(nlp):
    doc = nlp(TEXT)
    assert token_texts(doc) == [token.text for token in doc]
    assert token_texts(spacy.blank("en")("")) == []


def test_sentence_start_flags_are_is_sent_start(nlp):
    doc = nlp(TEXT)
    assert sentence_start_flags(doc) == [bool(token.is_sent_start) for token in doc]
    assert any(sentence_start_flags(doc)[1:])


def test_may_report_holds_every_possible_cue_and_reporting_noun(nlp):
    doc = nlp(TEXT)
    expected = [t.i for t in doc if t.pos_ in ("VERB", "AUX", "NOUN") or t.lower_ == "according"]
    assert may_report(doc) == expected
    assert 0 in may_report(doc) and any(doc[i].text == "ACCORDING" for i in may_report(doc))


def test_children_are_the_parse_children(nlp):
    doc = nlp(TEXT)
    for token in doc:
        assert [child.i for child in children(token)] == [child.i for child in token.children]


def test_noun_chunk_bounds_are_spacys_noun_chunks(nlp):
    doc = nlp(TEXT + " Ana, Bill and the mayor met the governor and her staff, and they and we agreed.")
    bounds = noun_chunk_bounds(doc)
    assert bounds == [(chunk.start, chunk.end) for chunk in doc.noun_chunks]
    assert len(bounds) > 10
