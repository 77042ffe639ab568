"""Speaker names as long as the article writes them, through the real model, on sentences of our own (issue 8,
fifth round): an acronym written with dots, an organisation whose name holds a title word, a list of names given as
a plural's examples, an organisation's name that lists several fields, and a live blog's time stamp glued to a name."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_an_acronym_written_with_dots_is_the_organisation_it_stands_for(analyse):
    text = (
        "The checks all came back clear, and the F.B.I. has said it found nothing about the couple in its files.\n\n"
        "Later the director of the Federal Bureau of Investigation spoke to reporters in Denver."
    )
    assert speaker_of(analyse, text, "it found nothing").name == "Federal Bureau of Investigation"
