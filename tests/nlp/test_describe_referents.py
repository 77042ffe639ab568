"""Descriptions resolved to the referent the article described (branch `describe`), on sentences of our own."""

import pytest

from app.nlp.metrics import names_match
from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_a_shorter_group_description_is_the_fullest_one_written_before(analyse):
    text = (
        "Canadian port inspectors said on Monday that the shipment had been held for weeks.\n\n"
        "The harbor reopened on Tuesday after a long dispute over fees and schedules.\n\n"
        "Port inspectors said the delays would end by spring.\n\n"
        "The union welcomed the news. Inspectors said the backlog was clearing."
    )
    assert names_match(speaker_of(analyse, text, "delays would end").name, "Canadian port inspectors")
    assert names_match(speaker_of(analyse, text, "backlog was clearing").name, "Canadian port inspectors")


def test_an_earlier_group_described_by_more_than_names_is_not_taken_for_a_later_one(analyse):
    text = (
        "Ordinary Dutch farmers said on Monday that the new canal would drain their fields.\n\n"
        "The council met on Tuesday.\n\n"
        "Dutch farmers said the canal was a good idea."
    )
    assert names_match(speaker_of(analyse, text, "canal was a good idea").name, "Dutch farmers")


def test_a_definite_description_is_the_unnamed_person_quoted_before_under_that_noun(analyse):
    text = (
        "Mayor Greta Holm's spokesman said on Monday that the bridge would close for repairs.\n\n"
        "Residents protested outside city hall, and Tom Varga, a local shop owner, joined them.\n\n"
        "“The repairs cannot wait,” the spokesman said."
    )
    assert names_match(speaker_of(analyse, text, "repairs cannot wait").name, "Greta Holm's spokesman")


def test_a_title_before_the_name_is_the_one_person_given_that_title_soon_after(analyse):
    text = (
        "The defense lawyer, Paul Ostrow, asked for mercy on Monday.\n\n"
        "“I have heard enough,” the judge said, and the courtroom fell silent.\n\n"
        "Judge Helen Marsh then read out the sentence."
    )
    assert speaker_of(analyse, text, "I have heard enough").name == "Helen Marsh"


def test_a_title_is_not_a_lower_rank_that_ends_with_the_same_word(analyse):
    text = (
        "The council voted on the budget on Monday.\n\n"
        "“We will not raise taxes,” the mayor said after the vote.\n\n"
        "Deputy Mayor Carl Benning called the budget fair."
    )
    assert speaker_of(analyse, text, "We will not raise taxes").name != "Carl Benning"


def test_a_member_counted_out_of_a_party_is_the_description_with_its_count(analyse):
    text = (
        "Party insiders in Ohio were split over the new primary calendar this week.\n\n"
        "“The calendar helps nobody,” said one Ohio Democrat.\n\n"
        "“It will cost us the state,” another Ohio Democrat added."
    )
    assert names_match(speaker_of(analyse, text, "calendar helps nobody").name, "one Ohio Democrat")
    assert names_match(speaker_of(analyse, text, "cost us the state").name, "another Ohio Democrat")


def test_the_newspaper_is_the_organisation_whose_name_says_it_is_one(analyse):
    text = (
        "Oregon is a reliably blue state. In a blistering editorial, Oregon’s Salem newspaper, The Advocate, asked the "
        "governor to visit the flooded towns.\n\n"
        "“The people of this state deserve a visit,” the newspaper wrote."
    )
    assert names_match(speaker_of(analyse, text, "deserve a visit").name, "The Advocate")


def test_members_counted_out_of_a_named_body_keep_their_count(analyse):
    text = (
        "The nominee met senators all week. Only half a dozen Senate Democrats said they would meet him.\n\n"
        "Senate Democrats have blocked two earlier nominees."
    )
    quotes = [q for q in analyse(text) if "would meet him" in q.text]
    assert quotes and quotes[0].speaker is not None
    assert names_match(quotes[0].speaker.name, "Only half a dozen Senate Democrats")


def test_a_description_with_a_common_noun_modifier_is_the_organisation_named_before(analyse):
    text = (
        "The FBI opened an inquiry into the leaked files on Monday.\n\n"
        "“We will follow the evidence,” the law enforcement agency said in a statement."
    )
    assert names_match(speaker_of(analyse, text, "follow the evidence").name, "FBI")


def test_a_bare_noun_far_after_the_only_named_form_is_that_form(analyse):
    filler = " ".join(
        f"Farmers in county {n} planted corn early this year, and the local co-op sold seed at a discount to every grower."
        for n in range(12))
    text = (
        "The Kessler administration took office in January.\n\n"
        f"{filler}\n\n"
        "The Senate Finance Committee met on Tuesday. The administration said the rules would take effect next year."
    )
    quotes = [q for q in analyse(text) if "take effect next year" in q.text]
    assert quotes and quotes[0].speaker is not None
    assert names_match(quotes[0].speaker.name, "The Kessler administration")


def test_an_unnamed_description_is_the_person_named_next_with_that_role(analyse):
    text = (
        "A spokeswoman for the Dover Fire Department said the blaze was under control by midnight.\n\n"
        "“Nobody was hurt,” said Lt. Mara Quist, a Dover fire spokeswoman."
    )
    quotes = [q for q in analyse(text) if "under control" in q.text]
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Mara Quist"


def test_a_place_adverb_ends_the_description(analyse):
    text = (
        "Ana Ruiz opened a field office in Dayton on Monday, her third in the state.\n\n"
        "Ruiz's volunteers here said they had knocked on 4,000 doors."
    )
    quotes = [q for q in analyse(text) if "knocked on" in q.text]
    assert quotes and quotes[0].speaker is not None
    assert names_match(quotes[0].speaker.name, "Ana Ruiz's volunteers")


def test_a_campaign_that_names_its_candidate_is_not_another_campaign_quoted_before(analyse):
    text = (
        "Senator Ana Ruiz's campaign said on Monday that it had raised $2 million.\n\n"
        "The Tom Vale campaign said it would release a new ad on Tuesday."
    )
    quotes = [q for q in analyse(text) if "new ad" in q.text]
    assert quotes and quotes[0].speaker is not None
    assert names_match(quotes[0].speaker.name, "The Tom Vale campaign")


def test_the_former_holder_of_a_title_is_not_its_sitting_holder(analyse):
    text = (
        "President Dana Cole praised Tom Reyes on Monday. Reyes, who led the country from 1998 to 2006, campaigned "
        "for his wife in Ohio.\n\n"
        "“She is ready for the job,” the former president said."
    )
    assert speaker_of(analyse, text, "She is ready").name == "Tom Reyes"
