"""Business news (outlets17), on sentences of our own: a Dutch surname whose particle a sentence start capitalises
(`De Wit said` after `Maarten de Wit`) is that person, the one named before when a namesake is named later."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_capitalised_particle_opening_a_sentence_is_the_surname_named_before(analyse):
    text = (
        "“We are seeing customers take a pause,” Chief Executive Officer Maarten de Wit said on a call with "
        "analysts. De Wit said two of the company's largest customers had asked to push shipments into 2027. "
        "Henk de Wit, who founded the company in 1994, said he had seen four of these cycles."
    )
    assert speaker_of(analyse, text, "push shipments").name == "Maarten de Wit"


def test_a_capitalised_particle_with_no_bearer_stays_a_name_of_its_own(analyse):
    text = "Van Houten said the delays looked like timing, not demand."
    assert speaker_of(analyse, text, "timing, not demand").name == "Van Houten"
