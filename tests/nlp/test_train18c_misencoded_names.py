"""`…, NicolÃ¡s Ortega would have stayed`: a given name read through the wrong encoding,
which the tagger took for a verb, opens the name it belongs to (repaired with it, `Nicolás Ortega`); before, the
run was cut after it as a describing word and the speaker was the surname alone. Found on PolNeAR train.jsonl (a
New York Times article whose accented given name reached the corpus mis-encoded). Our own sentences; the tagger's
mistake is repeated on a hand-built Doc, since it makes it only in some sentences."""

import pytest
import spacy
from spacy.tokens import Doc

from app.nlp.name_runs import clean_run
from tests.nlp.speaking import speaker_of


def tagged(rows):
    """rows: (word, pos, tag, entity IOB label)."""
    words, pos, tags, ents = zip(*rows)
    return Doc(spacy.blank("en").vocab, words=list(words), pos=list(pos), tags=list(tags), ents=list(ents))


def test_a_misencoded_given_name_tagged_a_verb_opens_the_run():
    # , NicolÃ¡s Ortega would have stayed .
    doc = tagged([(",", "PUNCT", ",", "O"), ("NicolÃ¡s", "VERB", "VB", "O"), ("Ortega", "PROPN", "NNP", "B-ORG"),
                  ("would", "AUX", "MD", "O"), ("have", "AUX", "VB", "O"), ("stayed", "VERB", "VBN", "O"), (".", "PUNCT", ".", "O")])
    run = clean_run(doc, 1, 3, bytearray(len(doc)))
    assert (run.start, run.end) == (1, 3)


def test_a_verb_before_a_name_is_still_cut_off():  # a guard: a real verb written with a capital is no name
    doc = tagged([("Meet", "VERB", "VB", "O"), ("Ortega", "PROPN", "NNP", "B-PERSON"), (".", "PUNCT", ".", "O")])
    run = clean_run(doc, 0, 2, bytearray(len(doc)))
    assert (run.start, run.end) == (1, 2)


@pytest.mark.slow  # through the real model
def test_a_misencoded_given_name_is_repaired_in_the_speakers_name(analyse):
    text = ("NicolÃ¡s Ortega, a retired teacher, joined the transit board in May. "
            "''We need more buses on the east side,'' Mr. Ortega said at its meeting.")
    assert speaker_of(analyse, text, "We need more buses").name == "Nicolás Ortega"
