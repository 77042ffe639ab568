"""Long US political news (issue 8, outlets13), on sentences of our own: `the younger Mr. Pruitt` after `the elder
Mr. Pruitt` went to one of two namesakes, a document in an `in` phrase speaking for the body whose clause the parser
hung on it, and `the group` after a body described as a project of others."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_the_younger_namesake_is_the_other_one_than_the_elder(analyse):
    text = (
        "For 30 years the name Haskell meant Victor Haskell, the mayor who built the new harbor.\n\n"
        "Now Owen Haskell, 38, is running for the seat, and the elder Mr. Haskell, now 81, campaigns beside him.\n\n"
        "The younger Mr. Haskell laughs at that, but he has also worked to distance himself from it. “I'm not running "
        "on his record,” he said."
    )
    assert speaker_of(analyse, text, "not running on his record").name == "Owen Haskell"


def test_mrs_after_both_men_are_told_apart_is_the_wife(analyse):
    text = (
        "For 30 years the name Haskell meant Victor Haskell, the mayor who built the new harbor.\n\n"
        "Now Owen Haskell, 38, is running for the seat, and the elder Mr. Haskell, now 81, campaigns beside him.\n\n"
        "The younger Mr. Haskell shrugs at the comparison. Mr. Haskell's wife, Nina Haskell, a teacher, introduced him at "
        "the rally. In an interview, Mrs. Haskell said the attacks had hurt the family."
    )
    assert speaker_of(analyse, text, "attacks had hurt the family").name == "Nina Haskell"


def test_an_email_speaks_for_the_body_the_parser_made_the_root(analyse):
    text = (
        "Ana Ruiz's campaign, which has trailed in fundraising all year, seized on the poll in an email to supporters. "
        "“The momentum is ours,” the email said."
    )
    assert speaker_of(analyse, text, "momentum is ours").name == "Ana Ruiz's campaign"


def test_the_group_is_the_body_described_not_one_named_in_its_description(analyse):
    text = (
        "The Tax Research Center, a joint project of the Carter Institute and the Hollis Foundation, estimated on Monday that "
        "the plan would cost $2 trillion. The nonpartisan group found that most of the cuts would go to the rich."
    )
    assert speaker_of(analyse, text, "most of the cuts").name == "Tax Research Center"


def test_his_son_is_the_one_other_man_of_his_surname(analyse):
    text = (
        "Victor Haskell built the harbor and ran the town for 30 years. This year his son is on the ballot.\n\n"
        "Owen Haskell, 38, said he was running on his own record. “I love him, but I'm not him,” he said.\n\n"
        "Victor Haskell has been less restrained at rallies. His son said he had asked his father to tone it down."
    )
    assert speaker_of(analyse, text, "tone it down").name == "Owen Haskell"


def test_a_restaurant_company_named_again_without_restaurants_is_the_company(analyse):
    text = (
        "Gregory Vance ran Harvest Table Restaurants, which employs about 40,000 people, for a decade.\n\n"
        "Harvest Table said in an emailed statement that it had resolved every complaint against it."
    )
    assert speaker_of(analyse, text, "resolved every complaint").name == "Harvest Table Restaurants"
