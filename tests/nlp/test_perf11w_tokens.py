"""The cheaper token reads of perf11w give what the spaCy reads they replace give: a range's text
(token_ranges.span_text, name_runs.text_of), the words before a name (name_runs.words_before) and the sentence
index (stated_gender.Sentences.read)."""

import pytest
from spacy.tokens import Doc

from app.nlp.name_runs import TITLE_REACH, text_of, words_before
from app.nlp.people_words import pronoun_agreement
from app.nlp.stated_gender import Sentences
from app.nlp.token_ranges import span_text

TEXT = ("Former Clinton pollster Douglas Schoen said on Tuesday that she would not run.  He told\n"
        "reporters: \"We will see.\" Mayor Ana Ruiz, 44, said her office would answer. She left")


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


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
