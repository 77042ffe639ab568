"""`the GOP front-runner` names no one but a party, so it goes on with the person the sentence before is about,
also where that sentence is a cleft (`it was Reyes who …`) (branch `describe7`): golden tests through the real
model, sentences of our own."""

from tests.nlp.speaking import speaker_of

_DEBATE = ("Lena Ortiz and Tom Reyes traded barbs on Sunday. \"He has no plan for the schools,\" Ortiz said.\n\n"
           "As usual, it was Reyes who drew most of the attention. Appearing on a morning talk show, the GOP "
           "front-runner said Democratic candidate Ortiz \"caused chaos\" at city hall.")


def test_the_party_front_runner_is_the_focus_of_the_cleft_before(analyse):
    assert speaker_of(analyse, _DEBATE, "caused chaos").name == "Tom Reyes"
