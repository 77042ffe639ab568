"""A definite description whose words tie it to an unnamed person introduced with `a/an/one` as the subject of one
of the two sentences before (`One lobbyist inside City Hall …` → `the insider`; `A man at a rally for Gov. Ana Ruiz …`
→ `the Ruiz supporter`) is that person as the article introduced them, not a person named in between (branch
`entity8`): golden tests through the real model, sentences of our own."""

from tests.nlp.speaking import speaker_of


def test_the_insider_is_the_operative_inside_the_building(analyse):
    text = ("\"We will not back down,\" said Karen Ostrowski, the chair of the county party.\n\n"
            "One lobbyist inside City Hall tried to play down the dispute, saying it was \"a storm in a teacup.\"\n\n"
            "\"Nobody here is losing sleep over it,\" the insider said.")
    assert speaker_of(analyse, text, "losing sleep").name == "One lobbyist inside City Hall"


def test_the_supporter_is_the_man_at_the_candidates_rally(analyse):
    text = ("A man who attended a rally for Gov. Ana Ruiz had a sharp answer to the debate over the new stadium.\n\n"
            "Mayor Pedro Lindqvist recently urged voters to back the stadium, saying it would bring jobs.\n\n"
            "At the rally in Dover on Monday, the Ruiz supporter retorted: \"The only jobs it brings are for lobbyists.\"")
    assert speaker_of(analyse, text, "only jobs it brings").name.startswith("A man who attended a rally for")


def test_a_shared_adjective_ties_nothing(analyse):
    text = ("Senator Karen Ostrowski spoke to reporters on Monday about the budget.\n\n"
            "A Republican strategist said the vote would be close.\n\n"
            "\"We have the votes,\" the Republican senator said.")
    assert speaker_of(analyse, text, "We have the votes").name == "Karen Ostrowski"
