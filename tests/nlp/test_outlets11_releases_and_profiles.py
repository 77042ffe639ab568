"""Press releases rewritten and magazine profiles (issue 8, outlets11), on sentences of our own: `…, the hospital
announced in a news release Tuesday` reports the sentence before it, and a name whose verb the tagger read as a
plural noun (`Rosa Delgado shrugs at all of it.`) is still whom the next `she` stands for."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("where", ["in a news release Tuesday", "in a statement"])
def test_announced_in_a_release_reports_the_sentence_before(analyse, where):
    text = f"Lakeside Clinic will add a night shift for its emergency room next month, the clinic announced {where}."
    assert speaker_of(analyse, text, "add a night shift").name == "Lakeside Clinic"


def test_a_name_before_a_verb_read_as_a_noun_is_the_subject_the_pronoun_stands_for(analyse):
    text = (
        "Ana Morales, 79, still opens the bakery at dawn. “My father taught me to bake,” she says.\n\n"
        "Her granddaughter Lucia, 22, runs the shop's website. “Abuela hates computers,” Lucia says.\n\n"
        "Ana Morales shrugs at all of it. “People came before the website,” she says."
    )
    assert speaker_of(analyse, text, "People came before").name == "Ana Morales"
