"""Who speaks when the parse gives a reporting verb the wrong subject or none (issue 8, wrong speaker mentions):
a name read as a modal, the phrase right before a finite verb, the name before a description or a participle set
off by commas, the noun of `with` before a participle, the clause a participle follows when the parse found a
thing, the name a relative pronoun follows, and `X is among those who say`. Sentences written for these tests,
through the real model."""

import pytest

from tests.nlp.speaking import mention_of, speaker_of

pytestmark = pytest.mark.slow


def test_a_name_read_as_a_modal_is_the_subject(analyse):
    text = "While Will acknowledges that the budget plan has some merit, he doubts that it will ever pass the state senate."
    assert mention_of(analyse, text, "budget plan has some merit") == "Will"


def test_the_second_of_two_joined_reports_has_its_own_speaker(analyse):
    text = (
        "One in five said the union doesn't care very much about older workers and one in four said the union was outright "
        "hostile to older workers, about the same share who said it truly cares."
    )
    assert speaker_of(analyse, text, "outright hostile").name == "one in four"


def test_the_noun_of_with_speaks_through_the_participle_after_it(analyse):
    text = "The interview ended with Baxter asking the governor whether she would sign the bill before the summer."
    assert mention_of(analyse, text, "sign the bill") == "Baxter"


def test_a_participle_after_a_letter_someone_sent_is_said_by_the_sender(analyse):
    text = "His remarks are in response to a letter the Lane campaign sent the council on Monday alleging that the vote had been rigged."
    assert mention_of(analyse, text, "vote had been rigged") == "the Lane campaign"


def test_a_relative_after_a_named_body_speaks_for_it_not_for_the_thing_the_parse_chose(analyse):
    text = "On the same day, Mayor Tom Hale got a favorable decision from the State Board of Elections, which ruled that he met the residency rules."
    assert speaker_of(analyse, text, "residency rules").name == "State Board of Elections"


def test_among_those_who_say_is_the_subject_saying_it(analyse):
    text = "Maria Ortiz, a teacher from Dayton, is among those who say they will not vote for the mayor in November."
    assert speaker_of(analyse, text, "not vote for the mayor").name == "Maria Ortiz"


def test_the_name_before_a_participle_set_off_by_commas_speaks_a_direct_quote(analyse):
    text = "The row began last week after Mr. Hale, asked about the closures, had said, \"I think the town can do without them.\""
    assert mention_of(analyse, text, "do without them") == "Mr. Hale"


def test_a_relative_on_documents_someone_had_released_speaks_for_that_someone(analyse):
    text = "Judge Ortiz ordered the release of internal memos that showed the company had hidden its losses for years."
    assert mention_of(analyse, text, "hidden its losses") == "Judge Ortiz"


def test_a_participle_opening_its_sentence_goes_on_in_the_voice_of_the_sentence_before(analyse):
    text = (
        "Later in the evening, Baxter stated of the audit that the treasurer's report “was not good.” Adding, “Now, as with "
        "every scandal in this town, what they did is never that bad. It is always how they handle it afterwards.”"
    )
    assert mention_of(analyse, text, "how they handle it") == "Baxter"


def test_a_source_cited_after_a_dash_and_before_a_colon_speaks_though_the_tagger_left_it_untyped(analyse):
    text = (
        "Mail ballots in rural counties are especially slow this year - Civic Research: “All the counties we studied report "
        "more late ballots than the state's own figures suggest they should, and the gap is widest in the north.”"
    )
    assert mention_of(analyse, text, "late ballots") == "Civic Research"


def test_from_the_report_before_a_colon_gives_the_report_as_speaker(analyse):
    text = (
        "The panel found many problems with the county's data. From the report: “In general, counties with larger staffs and "
        "longer review periods produced more accurate results than the others did.”"
    )
    assert mention_of(analyse, text, "larger staffs") == "the report"


def test_a_share_of_respondents_speaks_through_the_poll_that_asked_them(analyse):
    text = "Fifty-two percent of residents said they approved of the new mayor in a Tribune-WKRT poll this week, the highest mark in a decade."
    assert "poll" in mention_of(analyse, text, "approved of the new mayor")


def test_a_poll_that_found_something_speaks_rather_than_the_public_it_found_saying_it(analyse):
    text = "In May, a Gazette poll found by 48%-40%, the public overall says the new stadium should be built downtown near the river."
    assert "poll" in mention_of(analyse, text, "stadium should be built")


def test_on_after_a_noun_names_the_subject_of_the_infinitive(analyse):
    text = "But the board's ruling will increase the pressure on Baxter to say whether she supports the new zoning limits."
    assert mention_of(analyse, text, "supports the new zoning") == "Baxter"
