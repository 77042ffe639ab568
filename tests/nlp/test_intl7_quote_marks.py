"""Single-mark house styles (British, Irish, Australian, Indian outlets) on raw text: no model needed.

Sentences written for these tests; each failed before single-mark articles were paired like double-mark ones.
"""

import spacy

from app.nlp.extensions import QUOTES
from app.nlp.quote_marks import merge_split_quotes, pair_quote_marks, quotes_with_single_marks, single_mark_role


def quotes_in(text: str) -> list[list[str]]:
    pairs = pair_quote_marks(text, single=quotes_with_single_marks(text))
    return [[text[s:e] for s, e in pieces] for pieces, _, _ in merge_split_quotes(text, pairs)]


def test_a_nested_double_quote_does_not_turn_a_british_article_to_double_marks():
    text = (
        "The prime minister, Keir Starmer, defended the plan. ‘We will not back down,’ Mr Starmer said on Tuesday. "
        "‘People told me “it cannot be done”. This is the right thing to do for Britain.’"
    )
    assert quotes_in(text) == [
        ["We will not back down,"],
        ["People told me “it cannot be done”. This is the right thing to do for Britain."],
    ]


def test_straight_single_marks_with_a_nested_straight_double_quote():
    text = (
        "Dr Priya Nair said the figures were alarming. 'We are seeing more cases every week,' she said. "
        "'Patients ask us \"why now?\" and the NHS cannot cope.'"
    )
    assert quotes_in(text) == [
        ["We are seeing more cases every week,"],
        ['Patients ask us "why now?" and the NHS cannot cope.'],
    ]


def test_an_irish_quote_over_three_paragraphs_opens_each_with_a_single_mark():
    text = (
        "The Tánaiste said the budget would pass.\n\n"
        "‘We have the numbers and we have the will,\n\n"
        "‘and nobody in this party is going anywhere.\n\n"
        "‘The country needs stability,’ he told reporters in Dublin."
    )
    assert quotes_in(text) == [
        ["We have the numbers and we have the will,", "and nobody in this party is going anywhere.",
         "The country needs stability,"],
    ]


def test_a_closing_mark_after_a_word_before_a_space_closes():
    text = "The minister called the report ‘absurd’ and left. ‘We reject it,’ a spokesman said. “Fine,” he added."
    assert quotes_in(text) == [["absurd"], ["We reject it,"]]


def test_australian_elisions_and_possessives_stay_inside_the_quote():
    text = (
        "‘The players’ union has waited since the ’90s for this, and we’ll be at the ground by nine o’clock,’ "
        "said Mick O’Brien. ‘It’s rock ’n’ roll, mate.’ She called it “a great day”."
    )
    assert quotes_in(text) == [
        ["The players’ union has waited since the ’90s for this, and we’ll be at the ground by nine o’clock,"],
        ["It’s rock ’n’ roll, mate."],
    ]


def test_an_indian_article_quoting_in_single_marks_keeps_its_split_quote():
    text = (
        "Finance Minister Nirmala Sitharaman said the deficit was under control. ‘The economy is resilient,’ "
        "she said, ‘and growth will be above seven per cent.’ The \"Make in India\" scheme was also praised."
    )
    assert quotes_in(text) == [["The economy is resilient,", "and growth will be above seven per cent."]]


def test_a_us_article_with_a_single_marked_headline_quote_keeps_double_marks():
    text = (
        "Senator ‘Not Sure’ About Deal\n\n“We will see,” the senator said. “Nothing is agreed.”\n\n"
        "“He told me ‘it’s a fair offer,’ and I said no,” she added."
    )
    assert not quotes_with_single_marks(text)
    assert quotes_in(text) == [["We will see,"], ["Nothing is agreed."], ["He told me ‘it’s a fair offer,’ and I said no,"]]


def test_newswire_doubled_apostrophes_are_not_single_marks():
    text = "''We are ready,'' Mr. Lee said. ''The team is fit.'' He called it 'a test'."
    assert not quotes_with_single_marks(text)


def test_apostrophes_are_told_from_marks():
    text = "‘It’s the ’90s,’ the players’ union said of rock ’n’ roll at nine o’clock."
    roles = [single_mark_role(text, i, 0, len(text)) for i, c in enumerate(text) if c in "‘’"]
    # ‘It  It’s  ’90s  90s,’  players’  ’n  n’  o’clock
    assert roles == ["opens", None, None, "closes", "may close", None, None, None]


def test_a_mark_after_an_s_closes_before_a_word_no_possessive_precedes():
    text = "Guns are ‘a public health crisis’ and ‘stunt children’s growth,’ the former governor said in Melbourne."
    assert quotes_in(text) == [["a public health crisis"], ["stunt children’s growth,"]]


def test_a_mark_after_an_s_closes_when_another_quote_opens():
    text = (
        "The senator asked why the violence was tied to 'spontaneous' protests. The minister replied: "
        "'What difference does it make?' Critics in Ottawa were unimpressed."
    )
    assert quotes_in(text) == [["spontaneous"], ["What difference does it make?"]]


def test_a_closing_mark_typed_after_a_space():
    text = "'We built very strong coalitions, ' said Ms Chaudhry of the Delhi chapter. 'He sees himself as a worker.'"
    assert quotes_in(text) == [["We built very strong coalitions,"], ["He sees himself as a worker."]]


def test_a_closing_mark_typed_after_a_space_and_a_nested_quote():
    text = "'Voters ask why they should back the \"Congress,\" ' said Ms Rao in Chennai. 'They are listening.'"
    assert quotes_in(text) == [['Voters ask why they should back the "Congress,"'], ["They are listening."]]


def test_the_component_reads_a_british_article_on_a_blank_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("quotewise_quote_spans")
    text = "‘We will not back down,’ Mr Starmer said. ‘This is the right thing to do, as my “critics” know.’"
    doc = nlp(text)
    assert [text[quote.start : quote.end] for quote in doc._.get(QUOTES)] == [
        "We will not back down,", "This is the right thing to do, as my “critics” know.",
    ]
