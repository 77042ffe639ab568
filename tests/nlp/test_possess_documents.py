"""Documents speak for whoever the article says stands behind them: the pollster named below a lede's `new poll`,
the fullest form of a pollster written shorter later, and never a place or topic a document is `in` or `of`.
Sentences of our own, real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_a_ledes_new_poll_is_the_pollster_the_next_paragraph_names(analyse):
    text = ("Poll: Ana Ruiz Ties Tom Lopez in a Three-Way Contest\n\n"
            "Ana Ruiz does better against Tom Lopez than her rivals do, according to a new poll.\n\n"
            "With Mayor Carl Diaz reportedly considering a run, a Harbor Research poll found that he would draw from "
            "Lopez’s support.")
    speaker = speaker_of(analyse, text, "better against Tom Lopez")
    assert speaker.name == "Harbor Research" and speaker.kind == "organization"


def test_the_people_or_place_a_poll_is_of_or_in_is_not_behind_it(analyse):
    for text, name in (("A poll of Iowa Republicans found that Ana Ruiz leads the field.", "A poll of Iowa Republicans"),
                       ("A survey in Ohio found that Ana Ruiz leads the field.", "A survey in Ohio")):
        speaker = speaker_of(analyse, text, "Ana Ruiz leads")
        assert (speaker.name, speaker.kind) == (name, "document")


def test_a_pollster_written_shorter_later_keeps_its_fullest_form(analyse):
    text = ("The latest Rasmussen Reports poll shows Ruiz leading Lopez 44 percent to 37 percent.\n\n"
            "It is the third week in a row that the Rasmussen poll has shown Ruiz in the lead.\n\n"
            "The poll showed that Ruiz gained among women.")
    assert speaker_of(analyse, text, "Ruiz gained among women").name == "Rasmussen Reports"


def test_an_affidavit_speaks_for_whoever_wrote_it(analyse):
    text = ("The arrest is explained in an affidavit written by Dana Kerr, a detective with the city police.\n\n"
            "The affidavit said that Kerr had seen bruises on the arm of the victim.")
    assert speaker_of(analyse, text, "Kerr had seen bruises").name == "Dana Kerr"


def test_an_ads_quoted_title_is_not_who_made_it(analyse):
    text = ("The Lina Park campaign is releasing a new online ad Monday aimed at Tom Reyes.\n\n"
            "The “No Contest” ad contrasts Park’s record with Reyes’s record.\n\n"
            "The ad claims that Park is the steady choice.")
    assert speaker_of(analyse, text, "Park is the steady choice").name == "The Lina Park campaign"


def test_a_platform_is_not_behind_what_it_carries(analyse):
    speaker = speaker_of(analyse, "A 2010 YouTube video shows that Reyes loved photography.", "Reyes loved photography")
    assert (speaker.name, speaker.kind) == ("A 2010 YouTube video", "document")


def test_an_editorial_its_outlets_editors_wrote_is_the_outlets(analyse):
    text = ("The Harbor Times had chided Mayor Ana Ruiz last week.\n\n"
            "Ruiz has only issued a tweet about the town, where thousands of people remain homeless after the flood.\n\n"
            "That did not sit well with the editors of The Harbor Times, who aimed their Friday editorial at Ruiz.\n\n"
            "“If she wants to stay mayor, Ana Ruiz should act like one,” the editorial said.")
    assert speaker_of(analyse, text, "should act like one").name == "Harbor Times"


def test_bare_plural_polls_are_polls_in_general_not_the_last_one_reported(analyse):
    text = ("A Harbor Research poll released Monday found Ana Ruiz ahead by nine points.\n\n"
            "Exit polls showed that Ruiz won among older voters.")
    assert speaker_of(analyse, text, "Ruiz won among older voters").name == "Exit polls"


def test_who_obtained_a_letter_is_not_who_wrote_it(analyse):
    text = ("Senator Ana Ruiz has complained twice about the logo. A Feb. 1 letter from the Harbor Veterans League "
            "obtained by The Associated Press warns that any further use will be met in court.")
    assert speaker_of(analyse, text, "any further use").name == "Harbor Veterans League"


def test_a_report_by_an_outlet_is_still_the_outlets(analyse):
    text = "Ana Ruiz skipped the vote twice, according to a new report by Harbor Weekly."
    assert speaker_of(analyse, text, "skipped the vote").name == "Harbor Weekly"
