"""A programme's or book's title in quotation marks is nobody's speech: `on Fox News channel’s “Sunday Morning
Futures,”` (the parser starts a sentence at the mark, so the title did not look embedded in the writer's words) and
`in his 2010 memoir, “A Long Road.”` (the parser made the title the object of `said`, not an apposition) were
reported as quotes on PolNeAR train.jsonl, and `he said on MSNBC’s “Morning Joe.”` became a second piece of the
quote before it. Our own sentences."""

import pytest

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("text, title", [
    ("Speaking on Tuesday on Fox News channel’s “Sunday Morning Futures,” Rep. Ann Ortiz said the bill was dead.", "Sunday Morning Futures"),
    ("The family moved to Ohio in 1962, Mr. Hale said in his 2010 memoir, “A Long Road.” So they stayed.", "A Long Road"),
])
def test_a_title_is_not_a_quote(analyse, text, title):
    assert not any(title in quote.text for quote in analyse(text))


def test_a_title_after_the_cue_is_not_a_piece_of_the_quote(analyse):
    (quote,) = analyse("“We will not give up,” he said Wednesday morning on MSNBC’s “Morning Joe.”")
    assert quote.text == "We will not give up,"


def test_speech_after_a_comma_is_still_speech(analyse):  # a guard: a reply in sentence case after a noun stays
    quotes = analyse("Asked about the book, Mr. Hale said, “No, I have not read it.”")
    assert any("I have not read it" in quote.text for quote in quotes)


def test_a_title_read_as_the_subject_does_not_speak(analyse):
    """`… on MSNBC’s “Morning Joe,” calling it …`: the parser makes `Joe` the subject of `calling`; the one who
    went on the programme speaks."""
    text = "Former mayor Ann Ortiz, who backs Hale, trashed the director on MSNBC’s “Morning Joe,” calling it a “no-brainer” to prosecute him."
    quotes = [quote for quote in analyse(text) if "prosecute" in quote.text]
    assert len(quotes) == 1 and quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Ann Ortiz"


def test_a_title_cited_by_according_to_stays_the_source(analyse):  # a guard the first version of the rule broke
    text = "According to Lena Hale's “The Builders: Three Generations,” Donald told his brother that he would never fly."
    quotes = [quote for quote in analyse(text) if "never fly" in quote.text]
    assert len(quotes) == 1 and quotes[0].speaker is not None
