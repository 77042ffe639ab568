"""A headline's title is the person the lede names with that title (branch `describe4`): golden tests through the
real model, sentences of our own."""

from tests.nlp.speaking import speaker_of


def test_a_headline_chair_is_the_chair_the_lede_names(analyse):
    text = ("Board chair dismisses parents' accusations against the district's budget.\n\n"
            "School Board Chair Maria Lopez dismissed the accusations of parents on Monday, saying the budget was fair.\n\n"
            "Mayor Tom Reyes also spoke at the meeting.")
    assert speaker_of(analyse, text, "against the district").name == "Maria Lopez"
