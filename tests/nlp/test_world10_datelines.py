"""A dateline in capitals ended by a dash (`QUEBEC — …`, `HALIFAX, N.S. — …`) is where a story was filed: the
sentence starts after the dash, so the parse cannot read the place as a verb whose clause swallows the reported news.
Each text is our own; before world10 the lede's report was lost."""

import pytest

from app.nlp.paragraphs import paragraph_breaks

pytestmark = pytest.mark.slow  # through the real model


def test_a_dateline_before_a_lede_report_is_not_its_verb(analyse):
    text = ("QUEBEC — The government will table a bill this fall to cap the number of temporary foreign workers in "
            "Montreal, Immigration Minister Jean-François Roberge said Friday.")
    quotes = analyse(text)
    assert [(q.text.split()[0], q.speaker.name) for q in quotes] == [("The", "Jean-François Roberge")]


def test_a_dateline_with_an_abbreviated_province_ends_at_the_dash(nlp):
    doc = nlp("HALIFAX, N.S. — The province will hire 200 nurses, Premier Tim Houston said.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["HALIFAX", "The"]


def test_a_hyphen_after_capitals_is_no_dateline(nlp):
    doc = nlp.make_doc("NHS - The trust will close the ward, managers said.")
    for name, component in nlp.pipeline[: nlp.pipe_names.index("quotewise_paragraph_breaks")]:
        doc = component(doc)
    paragraph_breaks(doc)
    assert not doc[3].is_sent_start
