"""Golden tests through the real model: an office named after its holder (`the Marion County Sheriff's Office`) is
one organisation's name, not `Office`. Sentences of our own; before outlets9 the name stopped at the possessive."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize(("office", "said"), [
    ("The Marion County Sheriff's Office", "Marion County Sheriff's Office"),
    ("The Kent County Prosecutor's Office", "Kent County Prosecutor's Office"),
])
def test_an_office_named_after_its_holder_is_one_name(analyse, office, said):
    text = f"Two men were charged with arson on Friday. {office} said it would ask for a bond of $500,000."
    speaker = speaker_of(analyse, text, "ask for a bond")
    assert (speaker.name, speaker.kind) == (said, "organization")
