"""`A city hall official said … . The aide would not say who took part`: a bare definite title an unnamed source
goes by (`the aide`, `the official`, `the source`) is the unnamed source quoted just before with such a title, though
the two titles differ; before, it went to a named spokesman quoted earlier. Found on PolNeAR train.jsonl (a
Washington Post official quoted unnamed, then called by another title). Our own sentences."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model

OPENING = ("Mayor Ana Ruiz met the council on Monday. Her spokesman Tom Hale said the meeting went well. \"It was a good "
           "meeting,\" he said. ")


def test_the_aide_is_the_official_just_quoted(analyse):
    text = OPENING + ("A city hall official said on Wednesday, \"There are talks between the two offices every week.\" "
                      "The aide would not say who took part in them.")
    assert speaker_of(analyse, text, "who took part").name == "A city hall official"


def test_a_person_named_between_keeps_the_aide_apart(analyse):  # a guard: someone named since then breaks the link
    text = OPENING + ("A city hall official said on Wednesday, \"There are talks between the two offices every week.\" "
                      "Tom Hale said nothing. The aide would not say who took part in them.")
    assert speaker_of(analyse, text, "who took part").name != "A city hall official"
