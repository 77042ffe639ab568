"""The nickname list's given names are one set per process, built when the pipeline loads. When a helper function
slipped in between `@lru_cache` and the function it decorated, the entity table rebuilt the set once per article and
once per two-word name: 22 s instead of 2 s on `bench.identity_cost`'s 200,000-character list of names (a ratio of
1.99 against the limit of 2), and a few milliseconds on every article."""

import pytest

from app.nlp import entities

pytestmark = pytest.mark.slow  # through the real model


def test_analysing_articles_does_not_rebuild_the_given_names(nlp, monkeypatch):
    nlp("Warm-up: “We will rebuild,” Mayor Lena Fox said.")
    built = []
    real = entities.nicknamer
    monkeypatch.setattr(entities, "nicknamer", lambda: built.append(1) or real())
    nlp("Caleb Whitmore, Ana Rokali, Tom Suvo and Dina Marsh met on Monday. “It is overdue,” Whitmore said.")
    nlp("“We played scared,” Coach Pete Varga said after the loss to Brianna Holt's team.")
    assert built == []
