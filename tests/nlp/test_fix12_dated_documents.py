"""`wrote in a court filing submitted Friday that …`: a participle dating the document the report is written in, on
which the parse hangs the `that` clause, does not hide what was written. Our own sentences; before fix12 the
clause was no quote."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_clause_hung_on_the_participle_dating_the_document(analyse):
    text = "State prosecutors wrote in a sentencing memo filed Friday that the former treasurer had hidden $80,000."
    assert speaker_of(analyse, text, "the former treasurer").name == "State prosecutors"
