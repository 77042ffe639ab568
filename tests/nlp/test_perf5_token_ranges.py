"""The helpers of `token_ranges` give what the Token and Span reads they replace give: the tokens of `doc[start:end]`,
the line-break tokens, each token's head, the tokens of some parts of speech, token offsets and the
token range of character offsets."""

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from app.nlp.token_ranges import head_indices, paragraph_breaks, token_offsets, token_range, tokens_between, tokens_tagged


def _doc() -> Doc:
    return Doc(Vocab(), words=["Secretary", "Ana", "Ruiz", "said", "so", "."], spaces=[True, True, True, True, False, False])


def test_the_tokens_of_the_slice_in_order():
    doc = _doc()
    for start, end in [(0, 6), (1, 3), (2, 3), (5, 6)]:
        got = tokens_between(doc, start, end)
        assert [token.i for token in got] == [token.i for token in doc[start:end]]
        assert [token.text for token in got] == [token.text for token in doc[start:end]]


def test_an_empty_or_reversed_range_has_no_tokens_like_the_slice():
    doc = _doc()
    assert tokens_between(doc, 3, 3) == [] == list(doc[3:3])
    assert tokens_between(doc, 4, 2) == [] == list(doc[4:2])


def _paragraphs() -> Doc:
    words = ["Ana", "Ruiz", "spoke", ".", "\n\n", "She", "left", " ", "early", ".", "\n", "Tom", "stayed"]
    spaces = [True, True, False, False, False, True, True, False, False, False, False, True, False]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces)  # a language's vocabulary: it sets `is_space`


def test_paragraph_breaks_are_the_white_space_tokens_holding_a_line_break():
    doc = _paragraphs()
    expected = [token.i for token in doc if token.is_space and "\n" in token.text]
    assert paragraph_breaks(doc) == expected == [4, 10]  # the plain space token at 7 breaks no paragraph


def test_paragraph_breaks_are_read_again_when_the_tokens_change():
    doc = _paragraphs()
    assert paragraph_breaks(doc) == [4, 10]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert paragraph_breaks(doc) == [3, 9]


def test_head_indices_are_each_tokens_head():
    doc = Doc(Vocab(), words=["Ana", "said", "she", "left", "."], heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "nsubj", "ccomp", "punct"])
    assert head_indices(doc) == [token.head.i for token in doc] == [1, 1, 3, 1, 1]


def test_tokens_tagged_are_the_tokens_of_those_parts_of_speech_in_order():
    doc = Doc(Vocab(), words=["The", "poll", "found", "Ana", "ahead", "in", "polls"], pos=["DET", "NOUN", "VERB", "PROPN", "ADV", "ADP", "NOUN"])
    assert [t.i for t in tokens_tagged(doc, ("NOUN",))] == [t.i for t in doc if t.pos_ == "NOUN"] == [1, 6]
    assert [t.i for t in tokens_tagged(doc, ("NOUN", "PROPN", "ADJ"))] == [1, 3, 6]
    assert list(tokens_tagged(Doc(Vocab(), words=[]), ("NOUN",))) == []


def test_token_offsets_are_each_tokens_first_and_after_last_character():
    doc = _doc()
    starts, ends = token_offsets(doc)
    assert starts == [token.idx for token in doc]
    assert ends == [token.idx + len(token) for token in doc]


def test_token_range_is_the_range_char_span_expands_to():
    doc = _doc()  # "Secretary Ana Ruiz said so."
    text = doc.text
    cases = [(0, len(text)), (10, 18), (10, 13), (11, 16), (9, 13), (13, 14), (14, 18), (24, 26), (25, 27), (26, 27), (13, 13)]
    for start, end in cases:
        span = doc.char_span(start, end, alignment_mode="expand")
        assert token_range(doc, start, end) == ((span.start, span.end) if span is not None else None), (start, end)
