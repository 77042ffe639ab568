"""A club's manager called by the club's nickname and `boss` (fix17, data/role_words.tsv): `the Gunners boss` is the
Arsenal manager the article named, not the referee named last; `boss` meets `manager`. Our own sentences, through the
real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model

MATCH = ("{named} was furious after the 2-1 defeat at Molineux. Referee Martin Oakes sent off two players in the second "
         "half. \"I have never seen anything like it,\" {called} said.")


@pytest.mark.parametrize(("named", "called"), [
    ("Arsenal manager Mikel Arteta", "the Gunners boss"),
    ("Mikel Arteta, the Arsenal manager,", "the Arsenal boss"),
    ("West Ham boss Mikel Arteta", "the Hammers manager"),
])
def test_the_club_boss_is_its_manager(analyse, named, called):
    assert speaker_of(analyse, MATCH.format(named=named, called=called), "never seen").name == "Mikel Arteta"
