"""`He was joined on the call by Linda Moreno, …. She said …` (issue 8): a `she` opening the sentence after one whose
main subject is `he` is the person that sentence names, not whoever `he` is, even when the text states neither
person's gender elsewhere. Sentences of our own, real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_she_after_he_was_joined_by_a_named_person_is_that_person(analyse):
    text = (
        "Paul Avery's campaign is tying the rent bill to Mayor Dana Cole, who signed it in May. They are saying the "
        "signature is a sign Cole wants to please landlords.\n\n"
        "\"Who is the real friend of landlords here?\" said Avery, using a phrase Cole has used about developers, on "
        "a conference call with reporters. \"The council produced a bill that shortchanged every tenant in this city.\"\n\n"
        "He was joined on the call by Linda Moreno, president of the tenants group Home First. She said Cole \"has "
        "done nothing for the families of this city.\""
    )
    assert speaker_of(analyse, text, "has done nothing").name == "Linda Moreno"


def test_he_after_he_is_not_moved(analyse):
    text = (
        "Paul Avery's campaign is tying the rent bill to Mayor Dana Cole, who signed it in May.\n\n"
        "\"Who is the real friend of landlords here?\" said Avery on a conference call with reporters.\n\n"
        "He was joined on the call by Tom Reyes, president of the tenants group Home First. He said the bill "
        "\"shortchanged every tenant in this city.\""
    )
    assert speaker_of(analyse, text, "shortchanged every tenant").name == "Paul Avery"
