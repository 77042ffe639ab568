"""A titled description carrying a party or place that the nearest named person's roles never state, and a title
none of theirs is, names the person the article is about, unless that nearest person sits in the description's own
paragraph (branch `describe8`): golden tests through the real model, sentences of our own."""

from tests.nlp.speaking import speaker_of

_CANDIDATE = ("Marcus Hale said on Tuesday that he would cut the state budget by a third if elected.\n\n"
              "Hale has made spending the center of his campaign, and Hale's rivals have attacked the plan.\n\n"
              "Hale urged Mayor Nora Fenwick to close two city shelters before the winter. Fenwick declined.\n\n"
              "\"We cannot keep paying for a city that does not work,\" the Liberal candidate said in a radio interview.")


def test_a_party_candidate_is_not_the_mayor_named_last(analyse):
    assert speaker_of(analyse, _CANDIDATE, "keep paying for a city").name == "Marcus Hale"


def test_a_differently_titled_person_in_the_same_paragraph_is_kept(analyse):
    text = ("Marcus Hale said on Tuesday that he would cut the state budget by a third if elected. Hale repeated it on Friday.\n\n"
            "Hale's rivals have attacked the plan. The city's evening news anchor Nora Fenwick wrote a column about it. "
            "\"We cannot keep paying for a city that does not work,\" the Canadian journalist said in a radio interview.")
    assert speaker_of(analyse, text, "keep paying for a city").name == "Nora Fenwick"
