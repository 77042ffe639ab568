"""Unnamed group speakers as fully as the article describes them, through the real model, on sentences of our own
(issue 8): a prepositional phrase after a coordination of descriptions, and the members a group is said to include."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_a_phrase_after_two_coordinated_descriptions_describes_both(analyse):
    text = (
        "The harbor plan would move the ferry terminal to the north shore.\n\n"
        "Builders and supporters in the city council say the plan has brought jobs to the waterfront."
    )
    assert speaker_of(analyse, text, "brought jobs").name == "Builders and supporters in the city council"


def test_a_group_keeps_the_organisation_it_includes(analyse):
    text = (
        "The harbor plan would move the ferry terminal to the north shore.\n\n"
        "Proponents, including the Harbor Mayors Conference, have urged the council to leave the plan intact."
    )
    assert speaker_of(analyse, text, "leave the plan intact").name == "Proponents, including the Harbor Mayors Conference"


def test_a_group_keeps_the_people_it_includes_by_their_full_names_without_titles(analyse):
    text = (
        "Mayor Ben Ostrow opened the new pier on Monday.\n\n"
        "Port officials, including Gov. Ana Ruiz and Ostrow, are hoping the court will rule for them next year."
    )
    assert speaker_of(analyse, text, "rule for them").name == "Port officials, including Ana Ruiz and Ben Ostrow"


def test_a_bare_plural_takes_the_phrase_the_article_first_described_it_with(analyse):
    text = (
        "Organizers of the push to close the old pier said they are worried that the council will sell it.\n\n"
        "The organizers said they do not know how many residents will join the march."
    )
    assert speaker_of(analyse, text, "how many residents").name == "Organizers of the push to close the old pier"


def test_a_phrase_the_parser_hangs_on_the_first_part_describes_the_unnamed_last_one(analyse):
    text = (
        "Ana Ruiz had delivered an otherwise strong debate performance, navigating a first hour almost entirely about the port.\n\n"
        "First, she and other Democrats on the stage refused to say the words \"port sale,\" another moment seized upon by Republicans."
    )
    assert speaker_of(analyse, text, "port sale").name.endswith(" and other Democrats on the stage")
