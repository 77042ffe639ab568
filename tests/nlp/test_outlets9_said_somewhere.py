"""Golden tests through the real model: `said outside the courthouse that …` reports the `that` clause, though the
parse may hang it on the place as a relative clause (`the courthouse that the members had voted …`). Sentences of
our own; before outlets9 nothing was reported from them."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize(("text", "speaker"), [
    ("The club's treasurer, Dana Whitlock, said outside the courthouse that the members had voted to sell the building.", "Dana Whitlock"),
    ("The coach, Lena Park, said outside the courthouse that her players would testify.", "Lena Park"),
])
def test_a_that_clause_after_a_place_is_what_was_said(analyse, text, speaker):
    quoted = text.split(" that ", 1)[1][:12]
    assert speaker_of(analyse, text, quoted).name == speaker
