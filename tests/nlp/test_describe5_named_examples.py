"""A plural description that gives named examples (`hawks, like Rubio and Bush, say`) is those it names (branch
`describe5`): golden tests through the real model, sentences of our own."""

from tests.nlp.speaking import speaker_of


def test_the_people_a_description_names_as_examples_speak(analyse):
    text = "Even the party's fiercest critics of the plan, like Ana Ruiz and Tom Avery, say the port should stay open."
    assert speaker_of(analyse, text, "stay open").name == "Ana Ruiz and Tom Avery"


def test_the_organisations_a_description_names_as_examples_speak(analyse):
    text = ("Ana Ruiz and Tom Avery spoke on Monday. Civil rights groups like the Harbor Rights League and the Coastal "
            "Justice Project said the law was unfair.")
    assert speaker_of(analyse, text, "was unfair").name == "the Harbor Rights League and the Coastal Justice Project"
