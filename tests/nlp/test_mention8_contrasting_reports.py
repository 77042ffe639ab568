"""`argue that …, while her rival has climbed in the polls by saying that …`: a contrasting clause whose subject
reports through a participle is that subject's own report, not part of the first one's content (issue 8: the
outer speaker given a report nested in its content). Sentences written for these tests, through the real model."""

import pytest

from tests.nlp.speaking import mention_of

pytestmark = pytest.mark.slow

TEXT = (
    "Voters are watching the governor argue that the budget is rigged against cities, while her main rival, Tom "
    "Hale, has climbed in the polls by saying that the tax code is rigged in favor of the rich."
)


def test_the_contrasting_subject_speaks_its_participle_s_report(analyse):
    assert mention_of(analyse, TEXT, "tax code is rigged") == "her main rival, Tom Hale"


def test_the_first_report_stops_before_the_contrasting_clause(analyse):
    quotes = [q for q in analyse(TEXT) if "budget is rigged" in q.text]
    assert [q.text for q in quotes] == ["that the budget is rigged against cities"]
