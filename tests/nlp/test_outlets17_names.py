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


def test_a_bare_surname_is_the_company_where_the_person_is_always_mr(analyse):
    text = (
        "The Federal Trade Commission sued to block Carrowmore Foods Inc.'s purchase of Brightmeadow Corp.\n\n"
        "Carrowmore said in a statement that it would fight the lawsuit.\n\n"
        "Gregory T. Carrowmore Jr., the company's chief executive, told employees in a memo that the company had "
        "done everything the government asked. “We offered to sell plants,” Mr. Carrowmore wrote."
    )
    assert speaker_of(analyse, text, "fight the lawsuit").name == "Carrowmore Foods Inc."
    assert speaker_of(analyse, text, "offered to sell plants").name == "Gregory T. Carrowmore Jr."


def test_a_bare_surname_stays_the_person_where_no_honorific_is_written(analyse):
    text = (
        "Carrowmore Foods Inc. agreed to buy Brightmeadow Corp. in February. Gregory T. Carrowmore Jr., the "
        "company's chief executive, spoke to employees on Tuesday. Carrowmore said he had offered to sell plants."
    )
    assert speaker_of(analyse, text, "offered to sell plants").name == "Gregory T. Carrowmore Jr."
