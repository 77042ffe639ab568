"""`the administration` or `the government` stands for a place or a body whose name says it is one, never for the
committee or newspaper named just before it (branch `describe8`): golden tests through the real model, sentences of
our own."""

from tests.nlp.speaking import speaker_of

_PANEL = ("The Senate Finance Committee asked on Monday why the new tariffs were announced without a hearing.\n\n"
          "The administration said it was following the law Congress passed last year.")


def test_the_administration_is_not_the_committee_named_before(analyse):
    assert speaker_of(analyse, _PANEL, "following the law").name == "The administration"


def test_the_government_is_still_the_country_named_before(analyse):
    text = ("Chile announced new limits on copper exports on Tuesday, after the Senate Finance Committee asked for a review.\n\n"
            "The government said the limits would \"protect the mines for the next generation.\"")
    assert speaker_of(analyse, text, "protect the mines").name == "Chile"
