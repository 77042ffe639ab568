"""Articles typed with straight double marks (`"` both opens and closes), as many CMS feeds and wires send them:
which mark opens and which closes is read from what stands around it. Raw text, no model needed; sentences
written for these tests."""

from app.nlp.quote_marks import merge_split_quotes, pair_quote_marks, quotes_with_single_marks


def quotes_in(text: str) -> list[list[str]]:
    pairs = pair_quote_marks(text, single=quotes_with_single_marks(text))
    return [[text[s:e] for s, e in pieces] for pieces, _, _ in merge_split_quotes(text, pairs)]


def test_a_straight_mark_after_a_no_break_space_opens():
    text = 'The mayor was blunt.\xa0"We will not pay for it," she said.\xa0"Not a penny."'
    assert quotes_in(text) == [["We will not pay for it,"], ["Not a penny."]]


def test_two_straight_marks_back_to_back_close_one_quote_and_open_the_next():
    text = 'The study found "fewer cases than expected.""Those numbers are wrong," the minister wrote.'
    assert quotes_in(text) == [["fewer cases than expected."], ["Those numbers are wrong,"]]


def test_feet_and_inches_inside_a_quote_do_not_close_it():
    text = '"I\'m 6\'2" and I still could not reach the shelf," Dana Ortiz said. "It was absurd."'
    assert quotes_in(text) == [["I'm 6'2\" and I still could not reach the shelf,"], ["It was absurd."]]


def test_feet_and_inches_with_a_space_in_a_single_mark_article():
    text = (
        "'The new signing is 5' 11\" and quick,' the coach said. 'He will start on Saturday.' "
        "'We are pleased,' a spokesman added."
    )
    assert quotes_in(text) == [
        ["The new signing is 5' 11\" and quick,"], ["He will start on Saturday."], ["We are pleased,"],
    ]


def test_minutes_and_seconds_inside_a_quote_do_not_close_it():
    text = '"Her last lap took 1\' 05", the fastest of the day," the coach said. "She felt strong."'
    assert quotes_in(text) == [['Her last lap took 1\' 05", the fastest of the day,'], ["She felt strong."]]
