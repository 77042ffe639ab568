"""A bare plural is the named people the article set between commas after the same noun before (branch
`describe5`): golden tests through the real model, sentences of our own."""

from tests.nlp.speaking import speaker_of

_TEXT = ("The dispute between the owners, Ana Ruiz and Tom Avery, and the city council has dragged on for a year.\n\n"
         'Mayor Lee Ward said the council would not give in. "We have been patient," Ward said.\n\n'
         '{} owners rejected the offer on Monday, saying it was "an insult to every family on the street."')


def test_both_owners_are_the_owners_named_paragraphs_before(analyse):
    assert speaker_of(analyse, _TEXT.format("Both"), "an insult").name == "Ana Ruiz and Tom Avery"


def test_a_count_that_disagrees_leaves_the_description(analyse):
    assert speaker_of(analyse, _TEXT.format("The three"), "an insult").name == "The three owners"
