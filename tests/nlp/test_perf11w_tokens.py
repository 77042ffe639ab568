"""The cheaper token reads of perf11w give what the spaCy reads they replace give: the kept Token list
(tokens.doc_tokens), a range's tokens and text (token_ranges.tokens_between, span_text), the words before a name
(name_runs.words_before) and the sentence index (stated_gender.Sentences.read)."""

import pytest
from spacy.tokens import Doc

from app.nlp.name_runs import TITLE_REACH, text_of, words_before
from app.nlp.people_words import pronoun_agreement
from app.nlp.stated_gender import Sentences
from app.nlp.token_ranges import span_text, tokens_between
from app.nlp.tokens import doc_tokens, forget_tokens

TEXT = ("Former Clinton pollster Douglas Schoen said on Tuesday that she would not run.  He told\n"
        "reporters: \"We will see.\" Mayor Ana Ruiz, 44, said her office would answer. She left")


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_doc_tokens_are_the_docs_tokens_kept_for_the_last_doc(nlp, doc):
    tokens = doc_tokens(doc)
    assert [(t.i, t.text) for t in tokens] == [(t.i, t.text) for t in doc]
    assert doc_tokens(doc) is tokens  # read once per Doc
    other = nlp.make_doc("Another text")
    assert [t.text for t in doc_tokens(other)] == ["Another", "text"]
    assert doc_tokens(doc) is not tokens and doc_tokens(doc) == tokens  # only the last Doc is kept


def test_forget_tokens_drops_the_kept_doc(doc):
    tokens = doc_tokens(doc)
    forget_tokens()
    assert doc_tokens(doc) is not tokens


def test_doc_tokens_read_again_when_the_token_count_changed(nlp):
    doc = nlp.make_doc("New York City is big")
    assert len(doc_tokens(doc)) == 5
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:3])
    assert [t.text for t in doc_tokens(doc)] == ["New York City", "is", "big"]


def test_tokens_between_as_the_slice_and_as_doc_i(doc):
    n = len(doc)
    for start, end in [(0, 0), (0, 3), (2, 7), (n - 2, n), (5, 3), (0, n)]:
        assert [t.i for t in tokens_between(doc, start, end)] == [doc[i].i for i in range(start, end)]
    assert [t.i for t in tokens_between(doc, -2, 1)] == [n - 2, n - 1, 0]  # `doc[i]` reads a negative index from the end
    with pytest.raises(IndexError):
        tokens_between(doc, n - 1, n + 1)


def test_span_text_as_the_span(doc):
    n = len(doc)
    for start, end in [(0, 1), (0, 5), (3, 9), (14, 17), (n - 3, n), (0, n), (4, 4), (6, 2), (n - 1, n + 3)]:
        assert span_text(doc, start, end) == doc[start:end].text
    for start, end in [(0, 5), (14, 17), (4, 4), (n - 3, n)]:  # text_of: the tokens' texts with their spaces, stripped
        assert text_of(doc, start, end) == "".join(t.text_with_ws for t in doc[start:end]).strip()


def test_words_before_stop_at_the_sentence_or_the_reach(doc):
    for at in range(len(doc)):
        expected = {t.lower_ for t in doc[max(doc[at].sent.start, at - TITLE_REACH) : at]}
        assert words_before(doc, at) == expected
    assert words_before(doc, 4) == {"former", "clinton", "pollster", "douglas"}


def test_sentences_read_as_a_pass_over_every_token(doc):
    sentences = Sentences.read(doc)
    starts = [t.i for t in doc if t.is_sent_start or t.i == 0]
    assert sentences.starts == starts
    assert sentences.of_token == [sum(1 for s in starts if s <= t.i) - 1 for t in doc]
    agreement = pronoun_agreement()
    assert sentences.pronouns == [(t.i, agreement[t.text.lower()]) for t in doc
                                  if agreement.get(t.text.lower()) in ("female", "male") and t.pos_ == "PRON"]
    assert [doc[i].text for i, _ in sentences.pronouns] == ["she", "He", "her", "She"]


def test_sentences_of_an_empty_doc(nlp):
    empty = Doc(nlp.vocab, words=[])
    assert Sentences.read(empty) == Sentences([], [], [])
