"""A wire dateline with its agency credit (`LONDON (Reuters) -`, `OTTAWA (CP) —`) names where the story was filed and
who filed it: neither the place nor the agency is the body a later description (`the finance ministry said`, `the
company said`) stands for. Our own sentences; before fix11 the agency or the place was the speaker."""

import pytest

from app.nlp.paragraphs import credited_dateline
from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("text, words, named", [
    ("LONDON (Reuters) - Britain will raise the duty on tobacco next year to pay for clinics, the finance ministry "
     "said on Tuesday.", "tobacco", "the finance ministry"),
    ("SEOUL (AP) — Shares of the shipbuilder fell after it cut its forecast, the company said.", "shipbuilder",
     "the company"),
    ("LONDON, June 3 (Reuters) - Britain will raise the duty on tobacco next year, the finance ministry said.",
     "tobacco", "the finance ministry"),
    ("(Reuters) - Britain will raise the duty on tobacco next year, the finance ministry said.", "tobacco",
     "the finance ministry"),
])
def test_the_agency_of_a_dateline_is_no_speaker(analyse, text, words, named):
    assert speaker_of(analyse, text, words).name == named


def test_a_credit_ends_at_its_dash(nlp):
    doc = nlp.make_doc("SAN JOSE, Calif. (Bloomberg) -- The chipmaker said")
    assert doc[credited_dateline(doc, 0)].text == "The"
    doc = nlp.make_doc("NATO (the alliance) said")
    assert credited_dateline(doc, 0) == 0
