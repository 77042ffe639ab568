"""A verb and its particle as one reporting verb (fix16): `fired back that …` and `hit back that …` report as
`retorted that …` does (data/cue_patterns_manual.tsv, read by `tokens.cue_lemma`), while `fire` and `hit` alone
report nothing. Our own sentences, through the real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("verb", ["fired back", "hit back"])
def test_a_retort_with_its_particle_reports_a_clause(analyse, verb):
    text = (f"Councillor Amara Vance accused the mayor of hiding the audit. Mayor Tom Reddick {verb} that the "
            "audit had been online for a month.")
    assert speaker_of(analyse, text, "online for a month").name == "Tom Reddick"


def test_a_retort_with_its_particle_cues_a_direct_quote(analyse):
    text = "The coach was asked about the referee. “He had a terrible night,” Dana Pruitt fired back."
    assert speaker_of(analyse, text, "terrible night").name == "Dana Pruitt"


def test_the_verb_alone_reports_nothing(analyse):
    text = "The club fired the coach that the fans had booed all season."
    assert [q.text for q in analyse(text)] == []
