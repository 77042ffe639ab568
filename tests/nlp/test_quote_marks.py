"""Quote-mark pairing on raw text: no model needed."""

import spacy

from app.nlp.extensions import QUOTES
from app.nlp.quote_marks import merge_split_quotes, pair_quote_marks


def quotes_in(text: str) -> list[list[str]]:
    return [[text[s:e] for s, e in pieces] for pieces, _, _ in merge_split_quotes(text, pair_quote_marks(text))]


def test_curly_and_straight_marks_pair_per_paragraph():
    text = '“Nobody was hurt,” he said.\n"Straight quotes work too," she said.'
    assert quotes_in(text) == [["Nobody was hurt,"], ["Straight quotes work too,"]]


def test_split_quote_around_its_cue_is_one_quote():
    text = "“We are ready,” the coach said, “but the pitch is not.”"
    assert quotes_in(text) == [["We are ready,", "but the pitch is not."]]


def test_separate_sentences_are_not_merged():
    text = "“We are ready,” the coach said. “The pitch is not.”"
    assert quotes_in(text) == [["We are ready,"], ["The pitch is not."]]


def test_multi_paragraph_quote_repeats_only_the_opening_mark():
    text = "“The budget is broken,\n\n“and nobody wants to admit it.\n\n“We will fix it,” said Hannah Reyes."
    assert quotes_in(text) == [["The budget is broken,", "and nobody wants to admit it.", "We will fix it,"]]


def test_nested_single_quotes_and_apostrophes_do_not_break_pairing():
    text = "“I never said ‘we will win,’ and the workers’ union knows it,” Ortiz insisted."
    assert quotes_in(text) == [["I never said ‘we will win,’ and the workers’ union knows it,"]]


def test_unbalanced_mark_costs_only_its_own_paragraph():
    text = "He called it “a disgrace.\n\nShe disagreed.\n\n“We are done,” said Lena Fox."
    assert quotes_in(text) == [["a disgrace."], ["We are done,"]]


def test_component_runs_on_a_blank_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("quotewise_quote_spans")
    doc = nlp("“Nobody was hurt,” he said.")
    (quote,) = doc._.get(QUOTES)
    assert doc.text[quote.start : quote.end] == "Nobody was hurt,"


def test_doubled_apostrophes_from_newswire_are_double_marks():
    text = "''There is a lot of water under the bridge,'' Mr. Indyk said, ''and it is hard to imagine.''"
    assert quotes_in(text) == [["There is a lot of water under the bridge,", "and it is hard to imagine."]]


def test_single_quote_outlets_pair_single_marks_but_not_apostrophes():
    from app.nlp.quote_marks import pair_quote_marks

    text = "‘We will win the workers’ vote,’ she said, ‘and we don’t need help.’ The union’s ‘fake news’ claim failed."
    quotes = merge_split_quotes(text, pair_quote_marks(text, single=True))
    found = [[text[s:e] for s, e in pieces] for pieces, _, _ in quotes]
    assert found == [["We will win the workers’ vote,", "and we don’t need help."]]  # the scare quote is dropped


def test_each_transcript_turn_is_a_quote_of_its_own():
    text = (
        'Partial transcript as follows:\n\n"NOVAK: Why did the council vote no?\n\n'
        '"REYES: Well, look, the budget was never there.\n\n"NOVAK: And next year?'
    )
    assert quotes_in(text) == [["NOVAK: Why did the council vote no?"], ["REYES: Well, look, the budget was never there."], ["NOVAK: And next year?"]]


def test_a_multi_paragraph_quote_without_labels_still_runs_on():
    text = "“The budget is broken.\n\n“OK, we said it.\n\n“We will fix it,” said Hannah Reyes."
    assert len(quotes_in(text)) == 1
