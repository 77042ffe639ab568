"""Two pronoun antecedents (train18b, found on PolNeAR training articles named by hand): a `his`/`her` owning the
subject of a clause that opens the sentence is the main clause's subject after it
(clause_antecedent._owner_ahead); a `he`/`she` whose own sentence has only plural subjects before it may be the
person owning a noun in the sentence before (pronoun_resolution._only_plural_subjects). Our own sentences, through
the real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model

_BEFORE = ("Tom Reyes, a spokesman for Mrs. Smith, said the senator had hit a new low. "
           "But Mr. Hart showed no sign of backing down. ")


def test_her_owning_an_opening_clause_subject_is_the_main_subject_after_it(analyse):
    text = _BEFORE + "While her campaign said it would \"fight on,\" Mrs. Smith stayed quiet."
    assert speaker_of(analyse, text, "fight on").name == "Smith's campaign"


def test_his_owning_an_opening_clause_subject(analyse):
    text = ("Ana Lind, a spokeswoman for the governor, called the bill cruel. Mayor Ruth Kahn had no comment. "
            "As his staff said the bill was \"dead on arrival,\" Governor Paul Avery left for Denver.")
    assert speaker_of(analyse, text, "dead on arrival").name == "Paul Avery's staff"


def test_no_main_subject_of_that_gender_leaves_the_search_as_it_was(analyse):
    text = _BEFORE + "While her campaign said it would \"fight on,\" Mr. Hart stayed quiet."
    assert speaker_of(analyse, text, "fight on").name != "Hart's campaign"


def test_an_owner_in_the_sentence_before_when_only_plural_subjects_precede(analyse):
    text = ("\"We had doubts about the senator,\" said machinists' union president Gary Cole. Governor Dale Avery's "
            "place in the race is harder for labor. Union leaders have never trusted him, in part because he backs "
            "right-to-work laws and opposes a minimum wage increase.")
    assert speaker_of(analyse, text, "minimum wage").name == "Dale Avery"


def test_a_singular_subject_before_the_pronoun_keeps_the_owner_out(analyse):
    text = ("\"We had doubts about the senator,\" said machinists' union president Gary Cole. Governor Dale Avery's "
            "place in the race is harder for labor. Cole has never trusted him, in part because he said the "
            "governor \"sold out the mills.\"")
    assert speaker_of(analyse, text, "sold out").name == "Gary Cole"
