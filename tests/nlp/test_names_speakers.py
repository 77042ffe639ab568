"""Name extent of the speaker through the real model, on sentences of our own: titles coordinated before a name
and descriptions after it are not further speakers."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_a_title_coordinated_before_one_name_is_that_persons(analyse):
    text = (
        "The station dropped the evening program on Friday.\n\n"
        "Harbor Radio Vice President for news and talk Dana Whitlock called the show “a loss for the town.”"
    )
    assert speaker_of(analyse, text, "a loss for the town").name == "Dana Whitlock"


def test_a_description_coordinated_after_a_names_apposition_is_no_second_speaker(analyse):
    text = (
        "“Readers wanted a heroine with debts,” said Mirela Ostrova, a history professor at Lakeview College, "
        "and a co-editor of a book on the genre."
    )
    assert speaker_of(analyse, text, "Readers wanted").name == "Mirela Ostrova"
