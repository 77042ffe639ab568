"""Who speaks an infinitive or participle completing a verb of making someone do something: its object, not the
verb's subject (`The defeat would require Republicans to recognize …` is the Republicans' recognition). Found on
PolNeAR train.jsonl, where `leaving some to question`, `left many Republicans wondering`, `prompted X to make a joke
and call …` and `require X to recognize` went to the thing that left, prompted or required. Our own sentences."""

import pytest

from tests.nlp.speaking import mention_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("text, words, mention", [
    # `leave` and `require` take the infinitive's speaker as their object, like `lead` and `prompt`
    ("Harlow left the firm in 2009, leaving some to question whether she deserved the credit.", "whether she deserved", "some"),
    ("The defeat would require Republicans in Ohio to recognize that the threat is real.", "that the threat is real", "Republicans"),
    # a second infinitive joined to the first has the same speaker
    ("That prompted Senator Ruiz to make a joke about yoga and call the governor “very flexible.”", "the governor", "Senator Ruiz"),
    # `left X saying/wondering`: the participle after the object of `leave` is the object's
    ("Weak polls have left many Democrats wondering what the mayor really believes.", "what the mayor really believes", "Democrats"),
    ("The shootings have left 58 percent of voters saying race relations are getting worse.", "race relations are getting worse", "58 percent of voters"),
])
def test_the_object_speaks(analyse, text, words, mention):
    assert mention_of(analyse, text, words) == mention


def test_a_thing_left_behind_does_not_speak(analyse):  # `left the room saying`: the one who left speaks
    assert mention_of(analyse, "The senator left the room saying the vote had been rigged.", "the vote had been rigged") == "The senator"


def test_the_old_verbs_keep_their_object(analyse):  # a guard: `led X to say` worked before
    assert mention_of(analyse, "The loss led party leaders to say that the campaign had failed.", "the campaign had failed") == "party leaders"


def test_people_not_in_the_word_lists_still_speak(analyse):  # the first version's thing test took `allies` for a thing
    text = "The mayor's slide in the polls has led some allies to worry whether she could lose the city."
    assert mention_of(analyse, text, "whether she could lose") == "some allies"
