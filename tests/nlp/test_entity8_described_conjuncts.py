"""Each part of a coordination of descriptions that speaks is resolved as it would be alone: a bare definite
organisation noun is the organisation the text is about, and a description naming its person between commas is that
person, however the parser hung the name (branch `entity8`): golden tests through the real model, sentences of our
own."""

from tests.nlp.speaking import speaker_of

_CONFIRMED = ("Tomas Berg was the manager of Nordvik Shipping's depot in Gdansk, Poland. The company and Sweden's "
              "minister for the elderly, Ewa Lisowska, confirmed that Berg was on board the ferry.")


def test_the_company_in_a_coordination_is_the_company_named(analyse):
    assert speaker_of(analyse, _CONFIRMED, "Berg was on board").name.startswith("Nordvik Shipping and ")


def test_a_description_naming_its_person_between_commas_is_that_person(analyse):
    assert speaker_of(analyse, _CONFIRMED, "Berg was on board").name.endswith(" and Ewa Lisowska")
