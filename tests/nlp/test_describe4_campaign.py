"""`the campaign` is the campaign of the person the sentence before is about (branch `describe4`): golden tests through
the real model, sentences of our own."""

from tests.nlp.speaking import speaker_of


def test_the_campaign_after_a_sentence_about_a_candidate_is_her_campaign_not_the_one_quoted_before(analyse):
    text = ("Tom Reyes released a new ad on Friday.\n\n"
            "The Reyes campaign says the ad will air statewide as part of its spending on television.\n\n"
            "Ann Marsh plans to call on students to join a new service program.\n\n"
            "The campaign says the candidate will announce the program in a speech on Friday.")
    assert speaker_of(analyse, text, "announce the program").name == "Ann Marsh's campaign"
