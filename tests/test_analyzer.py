"""The Analyzer on its own, with a scripted fake pipeline in real worker processes: the deadline stops a slow
analysis and replaces the worker, a batch's other texts survive a hostile neighbour, a crashing text is reported,
and admission refuses past the queue bounds with a Retry-After estimate."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from app.errors import AnalysisFailed, AnalysisTimedOut, AnalyzerBusy, TooManyAnalyses
from app.nlp.contract import ExtractedAnalysis
from app.services.analyzer import Analyzer
from tests.fake_pipelines import scripted_analyzer


@pytest.fixture
def fake() -> Iterator[Analyzer]:
    with scripted_analyzer(timeout_s=1.0, queue_per_worker=2, queue_per_client=1) as analyzer:
        yield analyzer


def _worker_pid(analyzer: Analyzer) -> int:
    return analyzer._workers[0].process.pid


def test_the_deadline_stops_the_analysis_and_the_worker_is_replaced(fake):
    before = _worker_pid(fake)
    began = time.perf_counter()
    with pytest.raises(AnalysisTimedOut) as raised:
        fake.analyze_text("sleep 60")
    assert time.perf_counter() - began < 5
    assert "8-character text" in raised.value.message and "limit of 1 s" in raised.value.message
    assert isinstance(fake.analyze_text("after"), ExtractedAnalysis)  # the replacement answers
    assert _worker_pid(fake) != before
    assert fake.queue_length == 0


def test_a_slow_text_in_a_batch_fails_alone(fake):
    results = fake.analyze_texts(["first", "sleep 60", "third"])
    assert isinstance(results[0], ExtractedAnalysis) and isinstance(results[2], ExtractedAnalysis)
    assert isinstance(results[1], AnalysisTimedOut)


def test_a_text_that_kills_its_worker_is_retried_once_then_reported(fake):
    with pytest.raises(AnalysisFailed, match="stopped its worker process twice"):
        fake.analyze_text("crash")
    assert isinstance(fake.analyze_text("fine"), ExtractedAnalysis)


def test_admission_bounds_the_queue_per_client_and_per_worker(fake):
    running = fake.submit(["sleep 0.8"], client="cms")
    with pytest.raises(TooManyAnalyses) as per_client:
        fake.submit(["text"], client="cms")
    assert per_client.value.retry_after >= 1 and "`cms`" in per_client.value.message
    queued = fake.submit(["text"], client="desk")  # another key still gets in, up to the pool's bound (2)
    with pytest.raises(AnalyzerBusy) as busy:
        fake.submit(["text"], client="archive")
    assert busy.value.retry_after >= 1
    assert all(isinstance(r, ExtractedAnalysis) for r in running.result(10) + queued.result(10))
    assert fake.queue_length == 0
    assert isinstance(fake.analyze_text("again", client="cms"), ExtractedAnalysis)


def test_a_batch_is_shared_among_the_workers_and_each_result_handed_over_as_it_arrives():
    """Two workers take half of a batch each (so it takes one sleep, not two), and the quick text's result is handed
    over while the slow one is still being analysed: its article can be stored meanwhile."""
    arrivals: dict[int, float] = {}
    with scripted_analyzer(workers=2, timeout_s=10.0) as analyzer:
        began = time.perf_counter()
        job = analyzer.submit(["quick", "sleep 0.6", "sleep 0.6"],
                              on_result=lambda position, _result: arrivals.setdefault(position, time.perf_counter()))
        results = job.result(10)
        took = time.perf_counter() - began
    assert all(isinstance(r, ExtractedAnalysis) for r in results) and sorted(arrivals) == [0, 1, 2]
    assert took < 1.1, took  # one worker alone would take 1.2 s
    assert arrivals[0] - began < 0.5 and min(arrivals[1], arrivals[2]) - began > 0.5
