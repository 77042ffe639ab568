"""Two people whose names differ only in a hyphen (`Leila Abu-Nasser`, `Omar Abu Nasser`) stay two people, and the
name as written (`Abu Nasser wrote`) is the one written the same way; through the real model, on sentences of our own
(issue 8, seventh round)."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_a_name_written_without_the_hyphen_is_the_person_named_so(analyse):
    text = (
        "Leila Abu-Nasser and her husband Karim Haddad were travelling to Amman on Tuesday.\n\n"
        "They had visited the coast together, wrote the lawyer Omar Abu Nasser, Abu-Nasser\u2019s nephew, on Facebook. "
        "\u201cMay they rest in peace, and may their children be comforted,\u201d Abu Nasser wrote."
    )
    assert speaker_of(analyse, text, "May they rest in peace").name == "Omar Abu Nasser"
