"""A superlative body ranked within a country or the world (`the country's largest teachers group`) is as definite as
`the group`: the organisation of that kind quoted just before (branch `describe8`): golden tests through the real
model, sentences of our own."""

from tests.nlp.speaking import speaker_of

_TEACHERS = ("The Northern Teachers Association says the new exam rules are \"a burden on every classroom.\"\n\n"
             "The {} is accusing the education minister of ignoring its members before the vote.")


def test_the_countrys_largest_group_is_the_association_quoted_before(analyse):
    assert speaker_of(analyse, _TEACHERS.format("country’s largest teachers group"), "ignoring its members").name == "Northern Teachers Association"


def test_a_places_biggest_group_is_the_association_quoted_before(analyse):
    text = _TEACHERS.replace("The {}", "Canada’s biggest teachers group")
    assert speaker_of(analyse, text, "ignoring its members").name == "Northern Teachers Association"
