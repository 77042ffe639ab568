"""Golden tests through the real model: `the 28-year-old said` describes a person by age alone, so it is the person
the story just named, as `the candidate said` is, even where the age was never stated; and a given name with a
surname (`Caleb Whitmore Jr.`) is a person's name though the NER tagged it ORG. Sentences of our own; before outlets9
the description stayed unnamed."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_an_age_alone_is_the_person_just_named(analyse):
    text = ("Maria Velez won her third straight title at the state meet on Saturday.\n\n"
            "\"I wanted this one more than the others,\" the 17-year-old said.")
    assert speaker_of(analyse, text, "I wanted this one").name == "Maria Velez"


@pytest.mark.parametrize(("dateline", "name"), [("AUGUSTA, Ga.", "Caleb Whitmore Jr."), ("TULSA, Okla.", "Caleb Whitmore")])
def test_a_given_name_tagged_as_an_organisation_is_a_person(analyse, dateline, name):
    text = (f"{dateline} — {name} shot a final-round 66 on Sunday to win the tournament by two strokes.\n\n"
            "\"I've dreamed about this since I was a kid,\" the 28-year-old said.")
    speaker = speaker_of(analyse, text, "I've dreamed")
    assert (speaker.name, speaker.kind) == (name, "person")
