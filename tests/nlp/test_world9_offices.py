"""Golden tests through the real model: a capitalised office the tagger reads as a proper noun, with the speaker's
name set beside it (`The Health Secretary, Ana Ruiz, said`), as British news writes it. Each sentence is our own;
before world9 the office itself was the speaker (`Health Secretary`)."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize(
    ("text", "starting", "name"),
    [
        ("The Health Secretary, Daniel Ashcombe, said the strike would put patients at risk.", "the strike", "Daniel Ashcombe"),
        ("The Home Secretary, Lena Marsh, said the border plan would be published next week.", "the border plan", "Lena Marsh"),
    ],
)
def test_the_name_beside_a_capitalised_office_is_who_speaks(analyse, text, starting, name):
    assert speaker_of(analyse, text, starting).name == name
