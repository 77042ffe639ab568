"""`Christie, speaking later at a rally in Charleston, West Virginia, did not mention Ryan …`: the parser may hang a
name that opens its sentence, set off by an aside, as a clause of the main verb (`npadvmod`, `advcl`) and leave the
verb with no subject. For a pronoun after it the name is still the sentence's subject, so `one of his warm-up
speakers` is Christie's, not those of Ryan, named just after as the object. Found on PolNeAR train-named (a
candidate's rally after a rival's statement). Our own sentences."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model

_BEFORE = ("House Speaker Bill Ryan said on Thursday that Tom Christie must prove that he deserves the nomination.\n\n"
           "\"Well, to be perfectly candid with you, I'm just not ready to do that at this point,\" Ryan told a radio host.\n\n"
           "\"I want to help to unify this party,\" he said.\n\n"
           "Christie fired back with a snarky statement. \"I am not ready to support Speaker Ryan's agenda. Perhaps in the "
           "future, we can work together,\" Christie said. \"They have been treated so badly for so long that it is about "
           "time for politicians to put them first!\"\n\n")


def test_the_name_left_without_its_verb_is_the_subject(analyse):
    text = _BEFORE + ("Christie, speaking later at a rally in Charleston, West Virginia, did not mention Ryan directly in his "
                      "speech, though the crowd booed when one of his warm-up speakers mentioned the Wisconsin Republican's name.")
    assert speaker_of(analyse, text, "the Wisconsin Republican's name").name == "one of Tom Christie's warm-up speakers"


def test_a_subject_parsed_right_is_unchanged(analyse):  # a guard: same before and after
    text = _BEFORE + ("Christie did not mention Ryan directly in his speech at a rally in Charleston, though the crowd booed "
                      "when one of his warm-up speakers mentioned the Wisconsin Republican's name.")
    assert speaker_of(analyse, text, "the Wisconsin Republican's name").name == "one of Tom Christie's warm-up speakers"
