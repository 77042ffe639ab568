"""Quotes and speaker mentions (issue 8): titles with full stops, descriptions, groups and documents as sources,
on sentences written for these tests, through the real model; the abbreviation component on a blank pipeline."""

import pytest
import spacy

pytestmark = pytest.mark.slow


def only(quotes):
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


def mention(quote) -> str:
    return quote.speaker.mention.text if quote.speaker and quote.speaker.mention else ""


@pytest.mark.parametrize("title", ["Sgt.", "Lt.", "Capt.", "Supt.", "Det.", "Cpl.", "Col.", "Gov.", "Dr."])
def test_title_with_full_stop_neither_splits_the_sentence_nor_hides_the_speaker(analyse, title):
    quote = only(analyse(f"“The public is not in danger,” {title} Dana Ortiz told reporters."))
    assert quote.text == "The public is not in danger,"
    assert mention(quote).endswith("Dana Ortiz") and quote.cue.text == "told"


def test_a_description_before_the_titled_quote_does_not_take_it(analyse):
    text = "According to a police spokeswoman, officers recovered a weapon. “The public is not in danger,” Sgt. Dana Ortiz told reporters."
    quote = analyse(text)[-1]
    assert quote.text == "The public is not in danger,"
    assert mention(quote).endswith("Dana Ortiz")


def test_abbreviation_component_keeps_the_title_whole_and_the_sentence_open():
    nlp = spacy.blank("en")
    nlp.add_pipe("quotewise_abbreviations")
    doc = nlp("“Calm down,” Capt. Lena Fox said. Jr. staff left. She left with John Hale Jr. Then it rained.")
    words = [t.text for t in doc]
    assert "Capt." in words and "Jr." in words
    lena = words.index("Lena")
    assert doc[lena].is_sent_start is False
    then = words.index("Then")
    assert doc[then].is_sent_start is None  # a suffix's full stop may end the sentence: left to the parser


def test_quote_whose_speaker_is_only_a_description_is_kept(analyse):
    quote = only(analyse("Coach Pete Varga was blunt after the loss. “We played scared,” the 61-year-old said."))
    assert quote.text == "We played scared,"
    assert mention(quote) == "the 61-year-old" and quote.cue.text == "said"
