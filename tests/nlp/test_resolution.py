"""Resolution rules added for issue 8, each on sentences of our own through the real model."""

import pytest

from app.nlp.resolution import person_nouns, role_terms

pytestmark = pytest.mark.slow


def speaker_of(analyse, text: str, starting: str):
    quotes = [q for q in analyse(text) if starting in q.text]
    assert len(quotes) == 1, [q.text for q in analyse(text)]
    assert quotes[0].speaker is not None
    return quotes[0].speaker


def test_role_terms_expand_abbreviated_titles_and_party_synonyms():
    assert role_terms("Ohio Gov.") == ["ohio", "governor"]
    assert role_terms("GOP front-runner") == ["republican", "front", "runner"]
    assert role_terms("Republican frontrunner") == ["republican", "front", "runner"]


def test_an_abbreviated_title_before_the_name_is_the_description_later(analyse):
    text = (
        "Ohio Gov. Karl Brenner signed the budget on Friday, and Sen. Ruth Dahl, a frequent critic, voted against it.\n\n"
        "“This budget keeps our promises,” the Ohio governor said."
    )
    assert speaker_of(analyse, text, "This budget keeps").name == "Karl Brenner"


def test_a_place_in_the_description_must_be_one_the_article_tied_to_the_person(analyse):
    text = (
        "Sen. Ruth Dahl of Nebraska and Vermont Sen. Omar Lutz met on Tuesday.\n\n"
        "“We found common ground,” the Vermont senator said."
    )
    assert speaker_of(analyse, text, "We found common ground").name == "Omar Lutz"


def test_a_person_noun_that_is_no_title_still_describes_the_person_named(analyse):
    assert "neurosurgeon" in person_nouns() and "front-runner" in person_nouns()
    text = (
        "Dale Whitford entered the race for the Senate in March.\n\n"
        "“Washington needs healers,” the retired neurosurgeon said at a rally."
    )
    assert speaker_of(analyse, text, "Washington needs healers").name == "Dale Whitford"
