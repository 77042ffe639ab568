"""British and Commonwealth articles typed with straight marks: `'` quotes, and is also every apostrophe and
every closing single mark; `"` marks a quote nested in a quote. Raw text, no model needed; sentences written
for these tests."""

from app.nlp.quote_marks import merge_split_quotes, pair_quote_marks, quotes_with_single_marks


def quotes_in(text: str) -> list[list[str]]:
    pairs = pair_quote_marks(text, single=quotes_with_single_marks(text))
    return [[text[s:e] for s, e in pieces] for pieces, _, _ in merge_split_quotes(text, pairs)]


def test_a_single_mark_after_a_nested_double_one_closes_the_quote():
    text = (
        "'Voters stop me and say, \"We have had enough,\"' Ms Kaur said. "
        "'They want a change, and they want it now.'"
    )
    assert quotes_in(text) == [
        ['Voters stop me and say, "We have had enough,"'], ["They want a change, and they want it now."],
    ]


def test_a_nested_quote_ending_a_sentence_and_the_paragraph():
    text = (
        "The council leader was defiant. 'My answer to them is simple: \"Come and see for yourselves.\"'\n\n"
        "'Nobody has taken up the offer,' she added."
    )
    assert quotes_in(text) == [
        ['My answer to them is simple: "Come and see for yourselves."'], ["Nobody has taken up the offer,"],
    ]

