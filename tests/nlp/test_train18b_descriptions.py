"""Found on PolNeAR training articles named by hand (train18b): a direct quotation that is the `that` clause of a
reporting noun someone owns (`her comment that “…”`, `Lind's promise that, “…”`) is that owner's, however the parser hung the clause, not the speaker of
a cue in the next sentence (cues._owned_report); a group written with the people it includes names each of them
without the state a title is held for (`Senator Bill Crane of New Mexico` → `Bill Crane`,
fuller_descriptions._home_state_end). Our own sentences, through the real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_quotation_after_her_comment_that_is_hers(analyse):
    text = ("The union is unlikely to back Ms. Lind after her comment that \"we are going to close a lot of mills.\" "
            "The union will likely sit out the race, its political director Tom Hale said.")
    assert speaker_of(analyse, text, "close a lot of mills").name == "Lind"


def test_a_quotation_after_a_named_owners_promise_that_is_the_owners(analyse):
    text = ("Voters remember Ms. Ana Lind's promise that \"no mill will close on my watch.\" The union will likely sit "
            "out the race, its political director Tom Hale said.")
    assert speaker_of(analyse, text, "on my watch").name == "Ana Lind"


def test_a_comma_after_that_changes_nothing(analyse):
    text = ("Another holdout is unlikely to back Ms. Lind after her spring remark that, \"we will shut half the mills.\" "
            "The union will likely sit out the race, its political director Tom Hale told reporters.")
    assert speaker_of(analyse, text, "shut half the mills").name == "Lind"


def test_an_unowned_noun_gives_no_cue(analyse):
    text = ("The union is unlikely to back Ms. Lind after the comment that \"we are going to close a lot of mills.\" "
            "The union will likely sit out the race, its political director Tom Hale said.")
    quotes = [q for q in analyse(text) if "close a lot of mills" in q.text]
    assert not quotes or quotes[0].cue is None or quotes[0].cue.text != "comment"


def test_the_home_state_of_an_included_senator_is_left_out(analyse):
    text = ("Democratic lawmakers, including Gov. Ana Ruiz and Senator Bill Crane of New Mexico, have proposed a new "
            "tax on yachts.")
    assert speaker_of(analyse, text, "yachts").name == "Democratic lawmakers, including Ana Ruiz and Bill Crane"


def test_a_committee_after_an_included_name_stays(analyse):
    text = ("Democratic lawmakers, including Senator Bill Crane of the finance committee and Gov. Ana Ruiz, have "
            "proposed a new tax on yachts.")
    assert "of the finance committee" in speaker_of(analyse, text, "yachts").name
