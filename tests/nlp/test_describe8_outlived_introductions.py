"""An unnamed referent the lede introduced (`one candidate`) no longer holds a definite description far beyond the
window whose own sentence has just named a person (branch `describe8`): golden tests through the real model,
sentences of our own."""

from tests.nlp.speaking import speaker_of

_FILLER = ("The hall was full long before the start, and the stage lights failed twice during the first hour. "
           "Volunteers handed out water and programs, and the sound crew kept changing the microphones. ") * 4

_DEBATE = ("The debate opened badly.\n\nThe start of the evening could not have been worse.\n\n"
           "The hosts nearly forgot to introduce one candidate, and the audience laughed.\n\n"
           + _FILLER + "\n\n"
           "Paul Grant spoke about schools for most of the second hour. " + _FILLER + "\n\n"
           "When the host noted that Paul Grant had not answered the question, the candidate said the city budget was too small.")


def test_a_far_introduction_gives_way_to_the_person_the_sentence_names(analyse):
    assert speaker_of(analyse, _DEBATE, "city budget was too small").name == "Paul Grant"


def test_a_near_introduction_still_holds(analyse):
    text = ("The debate opened badly.\n\nThe start of the evening could not have been worse.\n\n"
            "One candidate walked off the stage during the break.\n\n"
            "When the host noted that Paul Grant had not answered the question, the candidate said the city budget was too small.")
    assert speaker_of(analyse, text, "city budget was too small").name == "One candidate"
