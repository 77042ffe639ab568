"""Golden tests through the real model: a company named again without the word that closes its legal name
(`Brindle Mills` after `Brindle Mills Corp.`) is that company. Sentences of our own; before outlets9 the short name
was a second organisation."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("suffix", ["Inc.", "Corp.", "LLC"])
def test_a_company_named_without_its_legal_suffix_is_the_same_company(analyse, suffix):
    text = (f"About 900 workers at two Brindle Mills {suffix} plants in Georgia walked off the job on Monday.\n\n"
            "Brindle Mills said its offer included a raise of 12% over three years.")
    assert speaker_of(analyse, text, "its offer included").name == f"Brindle Mills {suffix}"
