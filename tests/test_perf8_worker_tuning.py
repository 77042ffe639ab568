"""The analysis workers' collector thresholds and the switch interval of the process that runs the Analyzer (issue
9: the batch endpoint's throughput against the bare parse). Figures: bench/worker_gc.py, bench/gil_wakeup.py."""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Iterator, Sequence

from app.errors import AnalysisFailed
from app.nlp.contract import ExtractedAnalysis
from app.services.analysis_worker import WORKER_GC_THRESHOLDS
from app.services.analyzer import DISPATCH_SWITCH_INTERVAL_S, Analyzer


def thresholds_pipeline(_model: str):  # noqa: ANN201 - an Analyse callable, importable by a spawned worker
    """Fails every text with the worker's collector thresholds as the error, which reaches the caller."""

    def analyse(texts: Sequence[str]) -> Iterator[ExtractedAnalysis]:
        raise RuntimeError(f"thresholds {gc.get_threshold()}")
        yield  # a generator, as the real pipeline

    return analyse


def test_a_worker_collects_garbage_at_its_own_thresholds() -> None:
    with Analyzer(spacy_model="unused", pipeline_factory=thresholds_pipeline, nice=0) as analyzer:
        [result] = analyzer.analyze_texts(["Any text."])
    assert isinstance(result, AnalysisFailed)
    assert f"thresholds {WORKER_GC_THRESHOLDS}" in str(result)
    assert WORKER_GC_THRESHOLDS[0] > 700  # above Python's default, or the setting would change nothing


def test_starting_an_analyzer_shortens_the_switch_interval_and_never_lengthens_it() -> None:
    previous = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        with Analyzer(spacy_model="unused", pipeline_factory=thresholds_pipeline, nice=0):
            assert sys.getswitchinterval() == DISPATCH_SWITCH_INTERVAL_S
        sys.setswitchinterval(DISPATCH_SWITCH_INTERVAL_S / 2)
        with Analyzer(spacy_model="unused", pipeline_factory=thresholds_pipeline, nice=0):
            assert sys.getswitchinterval() == DISPATCH_SWITCH_INTERVAL_S / 2
    finally:
        sys.setswitchinterval(previous)


def _busy_seconds() -> float:
    from prometheus_client import REGISTRY

    return REGISTRY.get_sample_value("quotewise_analysis_worker_busy_seconds_total") or 0.0


def test_the_seconds_a_worker_spends_on_a_call_are_counted() -> None:
    from tests.fake_pipelines import scripted_analyzer

    with scripted_analyzer() as analyzer:
        before = _busy_seconds()
        analyzer.analyze_texts(["sleep 0.3", "Another text."])
        time.sleep(0.2)  # idle: not counted
        after_first = _busy_seconds()
        analyzer.analyze_texts(["Quick."])
        after_second = _busy_seconds()
    assert 0.3 <= after_first - before < 0.5
    assert 0 <= after_second - after_first < 0.1
