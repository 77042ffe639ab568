"""A title-cased role in a headline the entity table took for a name (`Former Mayor Aide Says …`) is the person the
article names next with those words before the name (branch `describe7`): golden tests through the real model,
sentences of our own."""

from tests.nlp.speaking import speaker_of

_AIDE = ("Former Reyes Speechwriter Says Budget Plan Will Fail.\n\n"
         "Former Tom Reyes speechwriter Nina Castell appeared on a morning radio show. Castell described the budget as "
         "a gamble with the city's future.\n\n"
         "\"This plan will fail by spring,\" Castell said.")


def test_the_headline_role_is_the_person_named_next_with_it(analyse):
    assert speaker_of(analyse, _AIDE, "Budget Plan Will Fail").name == "Nina Castell"


def test_a_role_no_one_is_named_with_stays_unresolved(analyse):
    text = _AIDE.replace("Former Tom Reyes speechwriter Nina Castell", "Nina Castell")
    assert speaker_of(analyse, text, "Budget Plan Will Fail").name != "Nina Castell"
