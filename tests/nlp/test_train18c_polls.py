"""`… according to the latest average of national polls. … as polls show Ruiz gaining`: a bare plural of polls (or
surveys, results, findings) is other polls than a fuller mention before it, and keeps its name as written
(`polls`), as PolNeAR's annotators name them; before, it took the earlier `national polls`. A bare group of people
still takes its fuller description (`officials` after `county election officials`). Found on PolNeAR train.jsonl
(a USA Today article on the primaries). Our own sentences."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_bare_polls_keep_their_own_name(analyse):
    text = ("Ruiz would beat Hale by five points, according to the latest average of national polls. "
            "The mayor's team has responded more sharply as polls show Ruiz gaining in the north.")
    assert speaker_of(analyse, text, "Ruiz gaining in the north").name == "polls"


def test_bare_officials_still_take_their_fuller_description(analyse):  # a guard: people, not polls
    text = ("County election officials said the count would finish on Friday. The mayor visited the hall in the "
            "afternoon. Officials said the machines had worked well.")
    assert speaker_of(analyse, text, "the machines had worked well").name == "County election officials"
