"""Several people or bodies as one source (issue 8, class 6), on sentences written for these tests, through the
real model: a pronoun joined to a name, `both of whom`, and a list of unnamed sources kept as the article writes it."""

import pytest

from app.nlp.contract import SpeakerKind
from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_a_pronoun_joined_to_a_name_is_a_group_of_both(analyse):
    text = (
        "Lena Voss was once a senator from Ohio. "
        "She and Paul Kemp, a former Justice official, said the law went too far."
    )
    speaker = speaker_of(analyse, text, "the law went too far")
    assert speaker.name == "Lena Voss and Paul Kemp"
    assert speaker.kind == SpeakerKind.GROUP
    assert speaker.members == ("Lena Voss", "Paul Kemp")
    assert speaker.mention is not None and speaker.mention.text == "She and Paul Kemp"


def test_both_of_whom_stands_for_the_coordination_before_it(analyse):
    text = "The plan was backed by Senators Ken Dahl and Rob Tilly, both of whom said it would pass."
    speaker = speaker_of(analyse, text, "it would pass")
    assert speaker.name == "Ken Dahl and Rob Tilly"
    assert speaker.members == ("Ken Dahl", "Rob Tilly")


def test_a_list_of_unnamed_sources_keeps_the_articles_commas(analyse):
    text = "Farm unions, consumer groups, and many rural mayors said the rule would hurt them."
    speaker = speaker_of(analyse, text, "the rule would hurt them")
    assert speaker.name == "Farm unions, consumer groups, and many rural mayors"
    assert speaker.kind == SpeakerKind.GROUP and speaker.members == ()


def test_a_list_with_a_named_member_still_joins_names_with_and(analyse):
    text = "Mira Lund, Otto Brandt and Nils Varga said the study was flawed."
    assert speaker_of(analyse, text, "the study was flawed").name == "Mira Lund and Otto Brandt and Nils Varga"


def test_who_after_a_coordination_stands_for_all_of_it_when_the_parser_hangs_it_on_the_last_name(analyse):
    text = (
        "Speaking on Monday, Ruiz avoided attacking her rivals, particularly Govs. Jeb Ames and Chris Hale, "
        "who say the freshman senator doesn’t have the experience needed."
    )
    speaker = speaker_of(analyse, text, "freshman senator")
    assert speaker.name == "Jeb Ames and Chris Hale"
    assert speaker.members == ("Jeb Ames", "Chris Hale")


def test_a_modified_plural_group_in_a_coordination_keeps_its_description(analyse):
    text = "A few other prominent Republicans and national security leaders said the plan was reckless."
    speaker = speaker_of(analyse, text, "the plan was reckless")
    assert speaker.name == "A few other prominent Republicans and national security leaders"


def test_a_name_the_parser_sets_beside_a_name_in_a_list_is_one_more_speaker(analyse):
    text = "“Our advice is simple,” wrote Jason Dana, Robyn Dawes and Nathanial Peterson."
    speaker = speaker_of(analyse, text, "Our advice is simple")
    assert speaker.name == "Jason Dana and Robyn Dawes and Nathanial Peterson"
    assert speaker.mention is not None and speaker.mention.text == "Jason Dana, Robyn Dawes and Nathanial Peterson"


def test_roles_joined_under_one_determiner_are_one_person(analyse):
    text = "Fox News Vice President and Washington Managing Editor Bill Sammon said the network was fair."
    speaker = speaker_of(analyse, text, "the network was fair")
    assert speaker.name == "Bill Sammon" and speaker.kind == SpeakerKind.PERSON


def test_roles_each_with_a_determiner_stay_two_sources(analyse):
    text = "The mayor and the governor said the bridge would open."
    assert speaker_of(analyse, text, "the bridge would open").kind == SpeakerKind.GROUP


def test_a_husband_and_wife_under_one_determiner_are_two_people(analyse):
    text = "The husband and wife said the bakery would stay open."
    assert speaker_of(analyse, text, "the bakery would stay open").kind == SpeakerKind.GROUP
