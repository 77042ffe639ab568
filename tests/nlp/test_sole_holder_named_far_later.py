"""An indefinite title is the one person the article gives that title (`A New York judge rejected …` when the only
judge is `Judge Frank Nervo`, named next), but only when that person is named before it or within the antecedent
window after it, as for a definite title: `an architect who said he was stiffed` is not the campaign's `architect`
named pages later. Found when role cleaning left one `architect` in a PolNeAR-style article; our own sentences."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model

FILLER = " ".join(f"The council met again on day {n} of the session and adjourned without a vote on the budget." for n in range(1, 13))


def test_a_title_held_by_someone_named_far_later_is_a_new_person(analyse):
    text = ("Mayor Ruth Dane was defensive about an architect who said he was stiffed after he designed a clubhouse. "
            f"{FILLER} “Our message is working,” said Tom Pell, the architect of the 2008 campaign.")
    assert speaker_of(analyse, text, "he was stiffed").name == "an architect"


def test_a_title_held_by_someone_named_next_is_that_person(analyse):  # a guard: same before and after
    text = ("A state judge rejected the motion on Friday, saying the county had “no standing at all.” Judge Frank "
            "Nervo, who has sat on the bench since 2009, ordered a hearing for May.")
    assert speaker_of(analyse, text, "no standing at all").name == "Frank Nervo"
