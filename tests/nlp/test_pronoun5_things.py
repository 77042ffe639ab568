"""`It` for a body or a document (issue 8): a pronoun in a clause whose own sentence names an organisation before it
stands for that organisation rather than for a subject of an older sentence, and a document the sentence before took
as its object is what a sentence opening `It says` quotes, speaking for whoever issued it. Sentences of our own,
real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow

_BEFORE = "The Elmwood Transit Authority raised bus fares in March. Riders complained for weeks.\n\n"


def test_it_is_the_organisation_its_own_sentence_names(analyse):
    text = _BEFORE + (
        "Flyers from the Riverside Tenants Union appeared across town after it said that \"the new fares will push "
        "working families out of the city.\""
    )
    assert speaker_of(analyse, text, "push working families").name == "Riverside Tenants Union"


def test_it_says_after_a_report_the_sentence_before_cited(analyse):
    text = _BEFORE + (
        "Councilwoman Ana Ruiz cited a report published by the Riverside Tenants Union. It says \"the new fares will "
        "push working families out of the city.\""
    )
    assert speaker_of(analyse, text, "push working families").name == "Riverside Tenants Union"


def test_a_memorandum_is_a_document(analyse):
    text = _BEFORE + (
        "Councilwoman Ana Ruiz cited a 2019 memorandum issued by the Riverside Tenants Union. It says \"the new fares "
        "will push working families out of the city.\""
    )
    assert speaker_of(analyse, text, "push working families").name == "Riverside Tenants Union"
