"""Golden tests through the real model: a quotation standing alone in its paragraph, right after an attributed
one, goes on in that speaker's voice (the continuation rule) in single-mark house styles, curly and typed
straight, as it does with double marks. Written for these tests; each quote was attributed by a weaker rule
(the sentence before) or not at all before."""

from app.nlp.contract import AttributionRule


def voice_of(analyse, text: str, words: str) -> tuple[str | None, AttributionRule]:  # noqa: ANN001
    quotes = [quote for quote in analyse(text) if words in quote.text]
    assert len(quotes) == 1, [quote.text for quote in analyse(text)]
    return (quotes[0].speaker.name if quotes[0].speaker else None), quotes[0].rule


def test_a_straight_single_quote_in_its_own_paragraph_goes_on_in_the_speaker_s_voice(analyse):
    text = (
        "The health secretary, Wes Streeting, visited the hospital in Leeds on Monday.\n\n"
        "'We have cut the waiting lists by a fifth since the spring,' Mr Streeting said.\n\n"
        "'There is more to do, and we will do it before the winter.'"
    )
    assert voice_of(analyse, text, "There is more to do") == ("Wes Streeting", AttributionRule.CONTINUATION)


def test_a_curly_single_quote_in_its_own_paragraph_goes_on_in_the_speaker_s_voice(analyse):
    text = (
        "The chief executive, Amanda Pritchard, opened the new ward on Friday.\n\n"
        "‘Nurses asked for this ward for years,’ Ms Pritchard said.\n\n"
        "‘Now they have it, and patients will feel the difference.’"
    )
    assert voice_of(analyse, text, "Now they have it") == ("Amanda Pritchard", AttributionRule.CONTINUATION)
