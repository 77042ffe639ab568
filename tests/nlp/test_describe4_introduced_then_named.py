"""An indefinite description the next sentence names by its subject (branch `describe4`): golden tests through the
real model, sentences of our own."""

from tests.nlp.speaking import speaker_of


def test_an_ally_is_the_official_the_next_sentence_names_as_its_subject(analyse):
    text = ("Mayor Tom Reyes spoke at the fair.\n\n"
            "A Reyes ally suggested that the city would raise the bus fares next year. "
            "State Sen. Paula Grant tried to walk back her comments a day later.")
    assert speaker_of(analyse, text, "raise the bus fares").name == "Paula Grant"
    unrelated = ("A witness said that the truck had run the red light. "
                 "John Ruiz drove the truck to the depot afterwards.")
    assert speaker_of(analyse, unrelated, "run the red light").name == "A witness"  # named with no role of his own
