"""A description inside a clause is not the subject governing that clause (branch `describe6`): golden tests through
the real model, sentences of our own."""

from tests.nlp.speaking import speaker_of


def test_a_description_in_a_subordinate_clause_is_the_other_person_named(analyse):
    text = ("Marta Olsen spent Sunday on the talk shows.\n\n"
            "Ms. Olsen attacked Peter Lund on Monday after the Labour front-runner had said that she was \"a danger to the country.\"")
    assert speaker_of(analyse, text, "danger to the country").name == "Peter Lund"
