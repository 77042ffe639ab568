"""The one asked answers (fix16): after `X asked him whether …`, the next `he said` is the one put the question
(written `him`), not X, whatever X's role (`The moderator, Denise Parr of KXLT,` is read as no moderator through
the apposition); a question put to `her` leaves a later `he said` to whoever it was. Our own sentences, through
the real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model

DEBATE = (
    "Harlan Pike, the challenger, spoke first. \"I will fix the roads,\" Pike said.\n\n"
    "{asker} asked {whom} whether he would cut the property tax. \"Without a doubt,\" he said."
)


@pytest.mark.parametrize("asker", ["The moderator, Denise Parr of KXLT,", "Denise Parr of KXLT, the moderator,", "Tom Reyes"])
def test_he_said_after_a_question_put_to_him_is_the_one_asked(analyse, asker):
    text = DEBATE.format(asker=asker, whom="him")
    assert speaker_of(analyse, text, "Without a doubt").name == "Harlan Pike"


def test_a_question_put_to_her_leaves_he_said_to_the_asker(analyse):
    text = ("Mayor Lena Ortiz spoke first. \"The budget is balanced,\" Ortiz said.\n\n"
            "Councilman Tom Reyes asked her whether the pool would reopen. \"I doubt it,\" he said.")
    assert speaker_of(analyse, text, "I doubt it").name == "Tom Reyes"


def test_a_question_put_by_someones_child_leaves_the_owner_to_answer(analyse):
    text = ("Ana Rivera has driven her children to the county pool every summer. \"It is the only cool place in "
            "town,\" she said.\n\n"
            "Councilmember Pat Reyes said the money would come in January. \"We owe the families that much,\" "
            "Reyes said.\n\n"
            "On Sunday, Rivera's 8-year-old son asked her again when the pool would open. \"I told him, 'Soon,'\" "
            "she said.")
    assert speaker_of(analyse, text, "I told him").name == "Ana Rivera"
