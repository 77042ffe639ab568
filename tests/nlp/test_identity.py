"""Who the speaker is, for each error class of the speaker-identity issue, on sentences of our own (real model)."""

import pytest

from app.nlp.contract import Gender, SpeakerKind, extract_analysis
from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_he_is_the_quoted_subject_not_a_member_of_a_pair(analyse):
    text = (
        "Victor Hale, the union's president, called the vote historic.\n\n"
        "The bakery's owners, Ivo Brandt and Lisa Moreau, said they respected the outcome.\n\n"
        "“It is long overdue,” he said."
    )
    assert speaker_of(analyse, text, "It is long overdue").name == "Victor Hale"


def test_her_deputy_states_the_mayors_gender_so_he_is_the_deputy(analyse):
    text = (
        "“We will rebuild the bridge,” Mayor Lena Vogt said on Tuesday.\n\n"
        "Her deputy, Marco Ferri, disagreed. “It will take years,” he said."
    )
    speaker = speaker_of(analyse, text, "It will take years")
    assert speaker.name == "Marco Ferri" and speaker.gender == Gender.MALE  # `he` states it
    assert speaker_of(analyse, text, "We will rebuild").gender == Gender.FEMALE


def test_a_surname_takes_the_full_name_written_later_or_in_a_headline(analyse):
    text = (
        "Okonkwo wins the vote in Lagos\n\n"
        "“This is a good day for the city,” Okonkwo said after the count.\n\n"
        "Adaeze Okonkwo, a former judge, won 61 percent of the vote."
    )
    assert speaker_of(analyse, text, "This is a good day").name == "Adaeze Okonkwo"


def test_a_definite_description_is_the_entity_the_article_described(analyse):
    text = (
        "Mara Lindqvist, a rookie goalkeeper, saved two penalties on Sunday.\n\n"
        "“I will smile about it later,” the rookie goalkeeper said."
    )
    assert speaker_of(analyse, text, "I will smile").name == "Mara Lindqvist"


def test_an_age_description_is_the_person_of_that_age(analyse):
    text = "Coach Pete Varga, 61, was blunt after the loss.\n\n“We played scared,” the 61-year-old said."
    speaker = speaker_of(analyse, text, "We played scared")
    assert "61" in speaker.mention.text and speaker.name == "Pete Varga"


def test_a_poll_speaks_for_its_pollster_and_a_tweet_for_its_author(analyse):
    text = (
        "Donald Trump spoke in Ohio on Monday.\n\n"
        "A Bloomberg poll found that most voters had not decided.\n\n"
        "Trump's tweet claimed that the poll was wrong."
    )
    assert speaker_of(analyse, text, "most voters").name == "Bloomberg"
    assert speaker_of(analyse, text, "the poll was wrong").name == "Donald Trump"


def test_words_that_are_not_the_name_go(analyse):
    text = "“We played with courage,” Dallas coach Pete Varga said after the game."
    speaker = speaker_of(analyse, text, "We played with courage")
    assert speaker.name == "Pete Varga"
    text = "“The river is rising,” Grand Chief Tala Ross told reporters on Monday."
    assert speaker_of(analyse, text, "The river is rising").name == "Tala Ross"
    text = "Toronto's Ada Okonjo said that the plan would fail."
    assert speaker_of(analyse, text, "the plan would fail").name == "Ada Okonjo"


def test_several_named_people_are_one_group_with_members(analyse):
    speaker = speaker_of(analyse, "Senators Ann Ortiz and Bill Crane said that the bill would pass.", "the bill would pass")
    assert speaker.name == "Ann Ortiz and Bill Crane"
    assert speaker.kind == SpeakerKind.GROUP and speaker.members == ("Ann Ortiz", "Bill Crane")


def test_people_sharing_a_surname_are_told_apart_by_an_honorific(analyse):
    text = (
        "Hillary Clinton arrived in Iowa on Monday. She was joined by Bill Clinton, the former president.\n\n"
        "Mrs. Clinton said that the campaign would go on."
    )
    assert speaker_of(analyse, text, "the campaign would go on").name == "Hillary Clinton"


def test_an_unnamed_source_keeps_its_description_and_is_not_named(analyse):
    speaker = speaker_of(analyse, "A senior treasury official said that talks with lenders had stalled.", "talks with lenders")
    assert speaker.name == "A senior treasury official" and speaker.named is False


def test_a_possessive_pronoun_in_a_description_names_its_owner(analyse):
    text = "Hillary Clinton toured Iowa on Monday.\n\nHer campaign said that the tour would continue."
    assert speaker_of(analyse, text, "the tour would continue").name == "Hillary Clinton's campaign"


def test_the_entity_table_lists_people_with_stated_gender_only(nlp):
    analysis = extract_analysis(nlp("Ms. Dana Ortiz met Tom Ruiz in Lima.\n\nRuiz said that the talks went well."))
    by_name = {entity.name: entity for entity in analysis.entities}
    assert by_name["Dana Ortiz"].gender == Gender.FEMALE
    assert by_name["Tom Ruiz"].gender is None  # never guessed from a first name
    assert [m.text for m in by_name["Tom Ruiz"].mentions] == ["Tom Ruiz", "Ruiz"]
    quote = analysis.quotes[0]
    assert quote.speaker.entity is not None and analysis.entities[quote.speaker.entity].name == "Tom Ruiz"


def test_an_indefinite_description_repeating_a_whole_role_is_that_person(analyse):
    text = (
        "Jennifer Palmieri, a spokeswoman for Hillary Clinton, arrived late.\n\n"
        "A spokeswoman for Hillary Clinton said that the schedule had changed."
    )
    assert speaker_of(analyse, text, "the schedule had changed").name == "Jennifer Palmieri"


def test_the_narratives_own_i_is_the_author(analyse):
    text = (
        "Hiring is broken, and I have watched it break for a decade.\n\n"
        "I argued that interviews predict little, and the data backed me up."
    )
    quotes = [q for q in analyse(text) if q.speaker and q.speaker.mention and q.speaker.mention.text == "I"]
    assert all(q.speaker.name == "the author" and not q.speaker.named for q in quotes)


def test_a_bare_organisation_noun_is_the_organisation_just_named(analyse):
    text = (
        "The Federal Aviation Administration grounded the fleet on Monday.\n\n"
        "The agency said the planes would stay on the ground until the inspections were complete."
    )
    speaker = speaker_of(analyse, text, "the planes would stay")
    assert speaker.name == "Federal Aviation Administration"


def test_results_speak_for_the_pollster_of_the_earlier_poll(analyse):
    text = (
        "A new Quinnipiac University poll was released on Tuesday.\n\n"
        "The results showed that most voters want a change in the state's leadership."
    )
    assert speaker_of(analyse, text, "most voters want").name == "Quinnipiac University"


def test_data_from_an_untagged_proper_noun_speaks_for_it(analyse):
    text = "Recent data from comScore showed that mobile traffic had doubled in a year."
    assert speaker_of(analyse, text, "mobile traffic").name == "comScore"


def test_a_pronoun_follows_an_earlier_subject_pronoun_past_an_apposed_subject(analyse):
    text = (
        "Oscar-winning actress Wilma Brandt, a longtime activist, is not sure whom she will back.\n\n"
        "“I will wait and see,” she said.\n\n"
        "She appeared to imply that Karl Osterman, a political outsider, could cause more upheaval than his rivals.\n\n"
        "“Some people feel he will bring revolution,” she said."
    )
    assert speaker_of(analyse, text, "Some people feel").name == "Wilma Brandt"


def test_a_definite_description_is_the_unnamed_person_introduced_indefinitely(analyse):
    text = (
        "A senior aide who asked not to be named confirmed the talks on Monday.\n\n"
        "“Nothing has been signed,” the aide said."
    )
    speaker = speaker_of(analyse, text, "Nothing has been signed")
    assert speaker.name == "A senior aide who asked not to be named" and not speaker.named


def test_an_unlinked_person_description_is_the_person_the_article_is_about(analyse):
    text = (
        "Dara Quill launched her campaign in Ohio on Monday. Quill promised lower taxes. "
        "Quill also met union leaders.\n\n"
        "“We will win this state,” the candidate said."
    )
    assert speaker_of(analyse, text, "We will win this state").name == "Dara Quill"


def test_an_occupation_before_a_name_is_not_part_of_it(analyse):
    text = "“The border is not the story,” Journalist Maren Oduya said on Friday."
    assert speaker_of(analyse, text, "The border is not").name == "Maren Oduya"
