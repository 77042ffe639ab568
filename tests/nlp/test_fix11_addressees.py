"""The subject of a passive verb of telling (`She was told that …`, `Tenants were warned that …`) is who was told,
not who told them: such a report names no speaker unless `by` does. Our own sentences; before fix11 the one told
was given as the speaker."""

import pytest

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("text", [
    "Dana Moss lost her job at the depot in June. She was told that the depot would close by Christmas.",
    "Tenants were warned that the landlord would raise the rent again.",
    "Two nurses were informed that their contracts would not be renewed.",
])
def test_the_one_told_is_no_speaker(analyse, text):
    assert all(quote.speaker is None or quote.speaker.name not in ("Dana Moss", "Tenants", "Two nurses")
               for quote in analyse(text))


def test_the_one_who_told_them_speaks(analyse):
    quotes = analyse("He was warned by his landlord that the rent would double.")
    assert [(quote.speaker.name if quote.speaker else None) for quote in quotes] == ["his landlord"]
