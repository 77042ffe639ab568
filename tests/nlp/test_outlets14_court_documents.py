"""US court news (issue 8, outlets14), on sentences of our own: an indictment the article names nobody behind speaks
as the document, not as the person quoted just before it (most often the one it charges)."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_an_indictment_is_not_the_word_of_the_defendant_quoted_before_it(analyse):
    text = (
        "Commissioner Ellen Varga pleaded not guilty Tuesday to charges that she took bribes from a paving company. "
        "Varga, a Democrat first elected in 2012, said little in court.\n\n"
        "“I have served this county for 12 years,” Varga said.\n\n"
        "The 14-count indictment, unsealed last month, alleges that Varga steered $2 million in road contracts to the "
        "company between 2019 and 2022."
    )
    speaker = speaker_of(analyse, text, "steered $2 million")
    assert speaker.name != "Ellen Varga"
    assert "indictment" in speaker.name


def test_the_us_attorneys_office_is_no_office_of_the_defendants_aide(analyse):
    text = (
        "Mayor Ruth Kessler and her chief of staff, Ann Pardo, pleaded not guilty on Monday. Pardo replied that she "
        "had done nothing wrong.\n\n"
        "The U.S. attorney's office for the Western District of Texas said in a statement that the inquiry was continuing."
    )
    speaker = speaker_of(analyse, text, "inquiry was continuing")
    assert "Pardo" not in speaker.name and "Kessler" not in speaker.name
    assert "U.S. attorney's office for the Western District of Texas" in speaker.name
