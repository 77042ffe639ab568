"""Golden tests through the real model: a person named once and then called by the title of an office, as British
and Commonwealth news write it (`Sir Keir Starmer … the Prime Minister said`), holds that office as a role on each
quote. Sentences of our own; before world8 the speaker was right and the role empty."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model

ARTICLE = (
    "Kathleen Moore toured the flooded towns in the north of the province on Friday.\n\n"
    "\"We will rebuild every home that was lost,\" the Premier said.\n\n"
    "She said the first payments would arrive within weeks."
)


def test_a_named_person_called_by_an_office_holds_it_as_a_role(analyse):
    speaker = speaker_of(analyse, ARTICLE, "We will rebuild")
    assert (speaker.name, speaker.role) == ("Kathleen Moore", "Premier")


def test_the_role_goes_to_each_quote_of_that_person(analyse):
    speaker = speaker_of(analyse, ARTICLE, "the first payments")
    assert (speaker.name, speaker.role) == ("Kathleen Moore", "Premier")


def test_an_office_in_lower_case_is_an_epithet_not_a_role(analyse):
    text = ("Maria Lopes toured the factory in Leeds on Friday.\n\n"
            "\"We will rebuild every home that was lost,\" the candidate said.")
    assert speaker_of(analyse, text, "We will rebuild").role is None
