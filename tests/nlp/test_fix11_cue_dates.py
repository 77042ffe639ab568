"""A date right after the cue (`said Tuesday the …`, `said last week the …`) is when it was said, even when the parse
hangs it on the reported clause: the clause starts after it. Our own sentences; before fix11 the date opened the
reported clause."""

import pytest

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("text, content", [
    ("Finance Minister Ruth Calder said Tuesday the deficit would shrink.", "the deficit would shrink"),
    ("Jane Ruiz said last week the plan was dead.", "the plan was dead"),
])
def test_the_date_after_the_cue_is_not_reported(analyse, text, content):
    assert [quote.text for quote in analyse(text)] == [content]


def test_a_date_that_is_the_subject_stays(analyse):
    quotes = analyse("Coach Ray Lund said Sunday's game was the worst of his career.")
    assert [quote.text for quote in quotes] == ["Sunday's game was the worst of his career"]
