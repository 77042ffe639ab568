"""Golden tests through the real model: `&` joins the words of one firm's name (`Morgan & Webb`), so a speaker
introduced by a firm and a title (`Morgan & Webb Chief Executive Denise Okafor said`) is that one person with that
role, not a pair `Morgan and Denise Okafor`. Sentences of our own; before outlets9 the parse made `Morgan` the subject
and the person a conjunct of it."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_title_after_a_firm_named_with_an_ampersand_is_one_speaker(analyse):
    text = "\"We expect growth to return next year,\" Morgan & Webb Chief Executive Denise Okafor said."
    speaker = speaker_of(analyse, text, "We expect growth")
    assert (speaker.name, speaker.role) == ("Denise Okafor", "Morgan & Webb Chief Executive")
    assert speaker.members == ()
