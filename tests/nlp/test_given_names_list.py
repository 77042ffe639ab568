"""Given names the nickname list lacks (`data/given_names.txt`): a portfolio before its holder ends where the holder's
given name begins, so an Irish, Scottish, Quebec or South Asian holder is named (`Minister for Housing Darragh
Quinlan` lost its quote to the next paragraph's minister because `Darragh` was known to no list). Our own sentences,
through the real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("name", ["Darragh Quinlan", "Sean Tierney", "Geneviève Roy", "Deepak Malhotra", "Karen Doyle"])
def test_a_holder_after_a_portfolio_is_named_by_a_given_name_of_any_country(analyse, name):
    text = (f'"The homes will be built," Minister for Housing {name} said on Tuesday.\n\n'
            '"We will appeal," Cabinet Secretary for Justice Eilidh Strachan told MSPs.')
    speaker = speaker_of(analyse, text, "homes will be built")
    assert (speaker.name, speaker.role) == (name, "Minister for Housing")
