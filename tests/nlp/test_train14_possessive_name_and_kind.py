"""`… it "the pearl" on the Silk Road Economic Belt, the People's Daily newspaper said`: the NER tags `the People's
Daily` as one organisation, but a common noun after it (`newspaper`) made the possessive look like an owner's, so the
entity table cut the name in two and the speaker was `Daily`. A noun that only says what kind of body the name's last
word already says (a daily is a newspaper) is no role within it. Found on PolNeAR train-named. Our own sentences."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_possessive_name_followed_by_its_kind(analyse):
    text = 'Beijing has called the port "the pearl" of its plans, the People\'s Daily newspaper said on Monday.'
    assert speaker_of(analyse, text, "the pearl").name == "People's Daily"


def test_a_role_after_a_possessive_stays_a_role(analyse):  # a guard: same before and after
    text = 'Unifor\'s Quebec director said the deal was "fair."'
    assert speaker_of(analyse, text, "fair").name != "Unifor's Quebec"
