"""Wire copy and broadcast transcripts (issue 8, outlets11), on sentences of our own: `said the people, who asked not
to be identified` after `people familiar with the matter`, `the sheriff's office` after the office's full name, a
pronoun after a clause about someone else (`One firefighter was hurt, he said`), and a transcript's turns under
capitalised labels."""

import pytest

from app.nlp.transcript_turns import label_names, transcript_turns
from app.nlp.quote_marks import paragraph_bounds
from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_the_people_are_the_people_familiar_with_the_matter(analyse):
    text = (
        "Corvex Holdings is weighing a bid for the shipping line Baltic Star, according to people familiar with the "
        "matter.\n\n"
        "The investment firm has hired advisers to study a deal, said the people, who asked not to be identified "
        "because the talks are private."
    )
    assert speaker_of(analyse, text, "hired advisers").name == "people familiar with the matter"


def test_the_sheriffs_office_is_the_office_named_before(analyse):
    text = (
        "A man was hurt in a crash on Highway 12 on Sunday, the Marlow County Sheriff's Office said.\n\n"
        "The driver was taken to a hospital in Dunmore, the sheriff's office said in a news release."
    )
    speaker = speaker_of(analyse, text, "taken to a hospital")
    assert speaker.name.removeprefix("the ") == "Marlow County Sheriff's Office"


def test_a_pronoun_after_a_clause_about_someone_unnamed_is_not_that_someone(analyse):
    text = (
        "Fire Capt. Dana Whitlock said the blaze began in a kitchen and spread to the roof.\n\n"
        "One firefighter was treated for a burned hand, she said."
    )
    assert speaker_of(analyse, text, "burned hand").name == "Dana Whitlock"


TRANSCRIPT = (
    "ROSA IBARRA, HOST:\n\n"
    "The river crested overnight. Joining us is the county's emergency manager, Paul Venn. Welcome.\n\n"
    "PAUL VENN: Thanks for having me.\n\n"
    "IBARRA: Is the worst over?\n\n"
    "VENN: For the town, yes. Downstream, not yet."
)


def test_a_transcripts_turns_are_quotes_of_their_labels(analyse):
    quotes = {q.text.rstrip("?."): q for q in analyse(TRANSCRIPT)}
    assert quotes["Is the worst over"].speaker.name == "Rosa Ibarra"
    assert quotes["Is the worst over"].cue.text == ":"
    assert quotes["For the town, yes. Downstream, not yet"].speaker.name == "Paul Venn"
    assert quotes["Thanks for having me"].speaker.kind == "person"


def test_a_role_after_a_label_is_the_speakers_in_every_turn(analyse):
    quotes = {q.text.rstrip("?."): q for q in analyse(TRANSCRIPT)}
    assert quotes["Is the worst over"].speaker.role == "HOST"
    assert quotes["For the town, yes. Downstream, not yet"].speaker.role != "HOST"


def test_labels_over_a_story_are_no_transcript():
    text = "UPDATE: The road has reopened.\n\nCrews cleared the debris by noon.\n\nEXCLUSIVE: More to come."
    assert transcript_turns(text, paragraph_bounds(text)) == []
    assert len(transcript_turns(TRANSCRIPT, paragraph_bounds(TRANSCRIPT))) == 4


def test_a_label_is_named_by_the_fullest_label_of_the_same_surname():
    assert label_names(["ROSA IBARRA", "IBARRA", "VENN"]) == {"ROSA IBARRA": "Rosa Ibarra", "IBARRA": "Rosa Ibarra", "VENN": "Venn"}
