"""A description the article writes first and names in the next sentence by the same title (branch `describe4`):
golden tests through the real model, sentences of our own."""

from tests.nlp.speaking import speaker_of


def test_the_state_treasurer_is_the_treasurer_named_in_the_next_sentence(analyse):
    text = ("Pension fund under review.\n\n"
            "Gov. Ray Pike praised the pension fund on Monday.\n\n"
            "The Ohio state treasurer is confirming that the pension fund lost money last year.\n\n"
            "But Treasurer Dana Whitlock isn't saying how much the fund lost.")
    assert speaker_of(analyse, text, "the pension fund lost money").name == "Dana Whitlock"
