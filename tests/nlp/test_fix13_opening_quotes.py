"""A feature's opening quotation, alone as the first paragraph and with no reporting verb, is the person the next
paragraph opens with as its subject (fix13, `carried_speakers.attribute_opening_quote`). Our own sentences; before
fix13 the quote had no speaker."""

import pytest

from app.nlp.contract import AttributionRule
from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model

LEDE = "“She taught half this town to read. Now they want to close her school.”\n\n"
BOARD = "\n\nThe board voted 5-2 to close the school in June."


def test_the_next_paragraph_names_the_speaker(analyse):
    text = LEDE + ("Martha Quinlan, 66, was among about 80 parents and former students who packed the school board meeting "
                   "on Tuesday to protest the closure of Hillcrest Elementary.") + BOARD
    assert speaker_of(analyse, text, "half this town").name == "Martha Quinlan"


def test_a_paragraph_opening_with_no_name_names_no_one(analyse):
    text = LEDE + "About 80 parents packed the school board meeting on Tuesday to protest the closure." + BOARD
    quotes = [q for q in analyse(text) if "half this town" in q.text]
    assert len(quotes) == 1 and quotes[0].speaker is None


def test_the_rule_is_named_for_what_it_did(analyse):
    """The confidence table measures each rule on its own; this one is no `previous_sentence` attribution."""
    text = LEDE + ("Martha Quinlan, 66, was among about 80 parents who packed the school board meeting on Tuesday.") + BOARD
    (quote,) = [q for q in analyse(text) if "half this town" in q.text]
    assert quote.rule == AttributionRule.OPENING_QUOTE
