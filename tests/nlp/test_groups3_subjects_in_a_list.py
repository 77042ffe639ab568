"""A list of unnamed sources whose first part the parser takes for a second subject of the verb (`45% of
Republicans, 28% of independents and 12% of Democrats say`), through the real model on sentences written for
these tests: the whole list speaks, as the article writes it."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_the_first_part_of_a_list_of_shares_speaks_with_the_rest(analyse):
    text = "Few trust the plan. 45% of Republicans, 28% of independents and 12% of Democrats say it would hurt them."
    speaker = speaker_of(analyse, text, "it would hurt them")
    assert speaker.name == "45% of Republicans, 28% of independents and 12% of Democrats"
