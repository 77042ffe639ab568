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
