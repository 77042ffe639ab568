"""How a word is written should not hide a speaker: a soft hyphen (U+00AD) copied from a web page beside a space
(`Lena \u00adKovach`) is read as a space, so the name stays whole and every offset holds; `texted` is the verb `text`
(the stock lemmatizer said `texte`), which reports what follows. Our own sentences; before fix12 the speaker was
`Lena` and the texted quote had none."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_soft_hyphen_beside_a_space_keeps_the_name_whole(analyse):
    text = "\u201cNobody asked us,\u201d Lena \u00adKovach, a spokeswoman for the mayor, told reporters."
    speaker = speaker_of(analyse, text, "Nobody asked")
    assert speaker.name == "Lena Kovach"
    assert text[speaker.mention.start : speaker.mention.end] == "Lena \u00adKovach"


def test_a_soft_hyphen_inside_a_word_changes_nothing(nlp):
    doc = nlp("The news\u00adpaper said so.")
    assert doc.text == "The news\u00adpaper said so."


def test_texted_is_a_report(analyse):
    text = "\"The roof is going to give way,\" foreman Carl Ibbot texted site manager Dee Rourke on March 3."
    assert speaker_of(analyse, text, "The roof").name == "Carl Ibbot"


def test_texted_is_lemmatized_as_text(nlp):
    assert [t.lemma_ for t in nlp("She texted him.")][1] == "text"
