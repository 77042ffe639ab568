"""Pronoun antecedents (issue 8, class 1): who was quoted last, the subject of a clause set before the pronoun, and
datelines, each on sentences of our own through the real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_the_speaker_quoted_last_beats_a_name_before_that_quotation(analyse):
    text = (
        "Coach Pete Varga, 61, was blunt after the loss. Owner Tom Reyes watched from the stands.\n\n"
        "“We played scared,” the 61-year-old said.\n\n"
        "“We will fix it by Sunday,” he added."
    )
    assert speaker_of(analyse, text, "We will fix it").name == "Pete Varga"


def test_the_subject_of_a_clause_before_the_pronoun_loses_to_the_main_subject_before(analyse):
    text = (
        "Dan Okafor leads the polls in the state.\n\n"
        "“Our allies no longer trust us,” former governor Karl Brenner said. If Okafor is elected, he said, "
        "“the damage will last for years.”"
    )
    assert speaker_of(analyse, text, "the damage will last").name == "Karl Brenner"


def test_a_dateline_is_never_an_antecedent(analyse):
    text = (
        "LOS ANGELES — Singer Ana Ruiz took the stage at a rally here in June, a tote bag at her side. "
        "Ruiz smiled and lifted a sign of her own.\n\n"
        "“Still with Sanders,” it read."
    )
    quotes = [q for q in analyse(text) if "Still with Sanders" in q.text]
    assert quotes and all(q.speaker is None or q.speaker.name != "LOS ANGELES" for q in quotes)


def test_an_owner_named_in_the_pronouns_own_sentence_is_its_antecedent(analyse):
    text = (
        "Farmers in the county met on Monday. “The plan helps us,” said Tom Reyes, who grows corn.\n\n"
        "Since Sen. Ada Price's speech in May, she has told voters that “farms come first.”"
    )
    assert speaker_of(analyse, text, "farms come first").name == "Ada Price"


def test_they_after_an_organisation_is_that_organisation(analyse):
    text = (
        "State inspectors found three new cases on Tuesday.\n\n"
        "Anna Ruiz's campaign is tying the outbreak to the governor. They are saying that “the state slept through it.”"
    )
    assert speaker_of(analyse, text, "the state slept").name == "Anna Ruiz's campaign"


def test_a_subject_before_an_owner_in_the_same_sentence_keeps_the_pronoun(analyse):
    text = (
        "Police released the footage on Friday.\n\n"
        "Chief Dan Ortiz told reporters that the video did not show a gun in Tom Reyes's hand, but he said that "
        "“witnesses saw one nearby.”"
    )
    assert speaker_of(analyse, text, "witnesses saw one").name == "Dan Ortiz"


def test_a_pronoun_opening_its_sentence_takes_the_owner_named_in_the_sentence_before(analyse):
    text = (
        "Farmers in the county met on Monday. “The plan helps us,” said Tom Reyes, who grows corn.\n\n"
        "The new market opened under Sen. Ada Price's watch. She told voters that “farms come first.”"
    )
    assert speaker_of(analyse, text, "farms come first").name == "Ada Price"


def test_a_woman_named_in_the_sentence_just_before_beats_an_older_subject(analyse):
    text = (
        "Sen. Ada Price campaigned in the county on Monday. She praised the new market.\n\n"
        "Yet the market has also changed the life of Mrs. Lena Moss, who sells honey there. "
        "“I never had so many customers,” she said."
    )
    assert speaker_of(analyse, text, "I never had so many").name == "Lena Moss"


def test_a_role_word_does_not_outweigh_the_pronoun_for_the_person_quoted_last(analyse):
    text = (
        "Dana Hill, a volunteer, joined the coalition in May.\n\n"
        "Party spokesman Ana Ruiz confirmed that the coalition was founded independently. "
        "“They are not part of the campaign,” she said."
    )
    assert speaker_of(analyse, text, "They are not part").name == "Ana Ruiz"


def test_a_courtesy_title_still_outweighs_the_pronoun(analyse):
    text = (
        "Tom Reyes, a volunteer, joined the coalition in May.\n\n"
        "“We are independent,” Mrs. Ana Ruiz said. “They are not part of the campaign,” he said."
    )
    assert speaker_of(analyse, text, "They are not part").name != "Ana Ruiz"


def test_a_name_inside_a_resolved_speaker_mention_is_who_that_speaker_was(nlp):
    """The table may hold `Wisconsin Republican` as a person of its own; where the article quoted that mention,
    identity resolved it to Paul Dorn, and a later `he` takes that decision rather than the stray entry."""
    from dataclasses import replace

    from app.nlp.contract import SpeakerKind, extract_quotes
    from app.nlp.extensions import ENTITIES

    text = (
        "House Speaker Paul Dorn said in an interview that the onus is on Tom Reyes to unify the party. "
        "“The burden will have to come from our nominee,” he said.\n\n"
        "The Wisconsin Republican did give Reyes some credit during the interview, saying he should be congratulated "
        "for his campaign, but he suggested that “no one should expect a Lincoln.”"
    )
    late = ("quotewise_identity", "quotewise_confidence", "quotewise_topics")
    doc = nlp(text, disable=list(late))
    entities = [replace(e, kind=SpeakerKind.PERSON) if e.name == "Wisconsin Republican" else e for e in doc._.get(ENTITIES)]
    assert any(e.name == "Wisconsin Republican" for e in entities)
    doc._.set(ENTITIES, entities)
    for name in late:
        doc = nlp.get_pipe(name)(doc)
    quote = next(q for q in extract_quotes(doc) if "no one should expect" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Paul Dorn"


def test_an_s_that_means_has_leaves_the_name_a_subject(analyse):
    text = (
        "Gov. Dan Ortiz attacked Sen. Tom Reyes at the debate on Saturday.\n\n"
        "Ortiz's been making the case for weeks that Reyes isn't ready for the job. "
        "“You have never been held accountable,” he said."
    )
    assert speaker_of(analyse, text, "You have never been").name == "Dan Ortiz"


def test_a_sentence_that_is_all_quotation_does_not_end_the_search_for_the_main_subject(analyse):
    text = (
        "Ms. Ana Ruiz, a singer, backs Sen. Ted Lark, who trails Gov. Mia Stone in the race.\n\n"
        "“I think Ted would back her if he lost,” Ruiz told a radio host on Monday. “But many of his voters will not.”\n\n"
        "Asked about her own vote in the event that Stone faces Dan Okafor in the fall, she replied: “I don't know yet.”"
    )
    assert speaker_of(analyse, text, "I don't know yet").name == "Ana Ruiz"
