"""Who speaks one quotation of a text run through the real model: the speaker tests of identity and resolution."""

from app.nlp.contract import ExtractedSpeaker


def speaker_of(analyse, text: str, starting: str) -> ExtractedSpeaker:  # noqa: ANN001
    """The speaker of the one quotation whose text contains `starting` (and there must be exactly one, with a speaker)."""
    quotes = [q for q in analyse(text) if starting in q.text]
    assert len(quotes) == 1, [q.text for q in analyse(text)]
    assert quotes[0].speaker is not None
    return quotes[0].speaker


def mention_of(analyse, text: str, words: str) -> str:  # noqa: ANN001
    """The words of the speaker mention of the one quotation containing `words`, or "" when nobody is found."""
    quotes = [q for q in analyse(text) if words in q.text]
    assert len(quotes) == 1, [q.text for q in analyse(text)]
    speaker = quotes[0].speaker
    return speaker.mention.text if speaker and speaker.mention else ""
