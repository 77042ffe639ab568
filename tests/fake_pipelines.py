"""A scripted pipeline for the Analyzer's worker processes in tests (importable by a spawned process), and the
Analyzer around it: no model is loaded, so its workers start in a fraction of a second. A text `sleep <seconds>`
takes that long; `crash` kills the worker process; anything else is analysed at once, with no quotes."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence

from app.nlp.contract import ExtractedAnalysis
from app.services.analyzer import Analyzer


def scripted_pipeline(_model: str):  # noqa: ANN201 - an Analyse callable
    def analyse(texts: Sequence[str]) -> Iterator[ExtractedAnalysis]:
        for text in texts:
            if text.startswith("sleep "):
                time.sleep(float(text.split()[1]))
            elif text == "crash":
                os._exit(3)
            yield ExtractedAnalysis(quotes=(), entities=())

    return analyse


def scripted_analyzer(**bounds: float) -> Analyzer:
    """An Analyzer (enter it with `with`) whose workers run `scripted_pipeline` at normal priority; `bounds` are its
    deadline and queue bounds (timeout_s, queue_per_worker, queue_per_client)."""
    return Analyzer(spacy_model="unused", pipeline_factory=scripted_pipeline, nice=0, **bounds)
