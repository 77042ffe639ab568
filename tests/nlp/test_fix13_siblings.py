"""`The older brother said` after `brothers Carl Ostrander, 74, and Neil Ostrander, 69,` is the older of the namesakes
last mentioned, by the ages the article gives (fix13, `relations.compared_sibling`). Our own sentences; before fix13
it went to the mayor named just before."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model

TEXT = ("The two houses on Dune Road belong to brothers Carl Ostrander, 74, and Neil Ostrander, 69, whose grandfather "
        "built them in 1931.\n\nNeil Ostrander said he would sell. \"I can't keep fixing the same roof,\" he said.\n\n"
        "Carl Ostrander will stay. \"This is where we grew up,\" he said.\n\n"
        "Mayor Janet Ruiz said the town would buy the lots at market value. The {} brother said the offer was an insult.")


@pytest.mark.parametrize("compared, name", [("older", "Carl Ostrander"), ("younger", "Neil Ostrander")])
def test_the_older_or_younger_sibling_by_age(analyse, compared, name):
    assert speaker_of(analyse, TEXT.format(compared), "an insult").name == name
