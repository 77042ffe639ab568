"""Golden tests through the real model: a dateline in capitals with a colon (`MUMBAI: The corporation will …`) is
where a story was filed, not a headline's speaker. Each text is our own; before world9 the whole paragraph was a
quote of `Mumbai`."""

import pytest

pytestmark = pytest.mark.slow  # through the real model


def test_a_dateline_with_a_colon_is_no_speaker(analyse):
    text = "KOCHI: The port trust will dredge the outer channel before the monsoon, officials said on Monday."
    speakers = {q.speaker.name for q in analyse(text) if q.speaker}
    assert speakers == {"officials"}


def test_a_headline_name_with_a_quotation_still_speaks(analyse):
    text = "Okonkwo: \"I am the best thing that ever happened to this club\"\n\nThe manager spoke on Friday."
    assert [q.speaker.name for q in analyse(text) if "best thing" in q.text] == ["Okonkwo"]


def test_a_dateline_before_news_quoting_someone_is_no_speaker(analyse):
    # the paragraph holds a quotation, but does not open with one: `KUALA LUMPUR` gave a quote of the whole paragraph
    text = 'KUALA LUMPUR: Natural Resources Minister Datuk Seri Azman Rahim said the ban would stay "until the rivers are clean."'
    assert [(q.text, q.speaker.name if q.speaker else None) for q in analyse(text)] == [
        ('the ban would stay "until the rivers are clean.', "Azman Rahim")]


def test_a_headline_in_capitals_opening_with_a_quotation_still_speaks(analyse):  # a guard: same before and after
    text = 'OKONKWO: "I am the best thing that ever happened to this club"\n\nThe manager spoke on Friday.'
    assert [q.speaker.name.lower() for q in analyse(text) if "best thing" in q.text] == ["okonkwo"]
