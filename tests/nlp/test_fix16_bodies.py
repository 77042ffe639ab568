"""A description is the body named before it only when its noun names that body's kind (fix16): `the state
government` is not the `Local Government Service Board` (the noun modifies a name with other heads after it,
`described_entities.names_its_kind`), while `the agency` is still the `Coastal Protection Agency` and `the police`
the `Harbor Police Department`; `Reacting, the state government, through …, Mr Tunde Ajayi, said`: the apposition
speaks though the aside after it hangs on the participle (`misparsed_subjects.participle_before_apposition`). Our
own sentences, through the real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("opening", ["Reacting, the state government said", "The state government said"])
def test_the_government_is_not_a_board_named_after_government(analyse, opening):
    text = ("The Local Government Service Board suspended 40 council workers on Monday.\n\n"
            f"{opening} the board had acted within its powers.")
    assert speaker_of(analyse, text, "acted within").name.lower() == "the state government"


@pytest.mark.parametrize("body, noun", [("Coastal Protection Agency", "agency"), ("Harbor Police Department", "police")])
def test_a_description_naming_the_bodys_kind_is_that_body(analyse, body, noun):
    text = (f"The {body} closed the pier on Monday after a storm.\n\n"
            f"The {noun} said the pier would reopen within a week.")
    assert speaker_of(analyse, text, "reopen").name == body


def test_a_participle_before_an_apposition_with_a_long_aside(analyse):
    text = ("The Ogun State Local Government Service Board on Monday suspended 40 council workers over unpaid levies.\n\n"
            "Reacting, the state government, through the Commissioner for Information, Mr Tunde Ajayi, said the board "
            "had acted within its powers.")
    speaker = speaker_of(analyse, text, "acted within")
    assert (speaker.name, speaker.mention.text) == ("the state government", "the state government")


def test_the_government_is_not_a_board_quoted_just_before(analyse):
    text = ("The Local Government Service Board said on Monday that it had found 300 ghost workers.\n\n"
            "Reacting, the state government described the finding as \"shameful\" and said those involved would be "
            "prosecuted.")
    assert speaker_of(analyse, text, "prosecuted").name == "the state government"
