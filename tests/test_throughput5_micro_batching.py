"""Micro-batching in the Analyzer, with scripted pipelines in real worker processes: single-text jobs that piled up
while the worker was busy are parsed in one call and each gets its own answer (neither a batch's share nor a long
text is coalesced); a slow text among them is stopped at
the deadline while the others still succeed; a lone job is dispatched at once; an idle worker is never left
without work; the queue bounds still refuse."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence

import pytest
from prometheus_client import REGISTRY

from app.errors import AnalysisTimedOut, AnalyzerBusy, TooManyAnalyses
from app.nlp.contract import ExtractedAnalysis, ExtractedEntity, SpeakerKind
from app.services.analyzer import COALESCE_MAX_CHARS, Analyzer


def echo_pipeline(_model: str):  # noqa: ANN201 - an Analyse callable, importable by a spawned worker
    """Answers each text with one entity naming the text and how many texts its call had; `sleep <s> ...` first
    sleeps that long; `all sleep <s> ...` sleeps before any text of its call is answered (as nlp.pipe answers a
    call's texts together)."""

    def analyse(texts: Sequence[str]) -> Iterator[ExtractedAnalysis]:
        time.sleep(sum(float(text.split()[2]) for text in texts if text.startswith("all sleep ")))
        for text in texts:
            if text.startswith("sleep "):
                time.sleep(float(text.split()[1]))
            entity = ExtractedEntity(name=f"{text} / {len(texts)}", kind=SpeakerKind.PERSON, aliases=(), roles=(),
                                     gender=None, plural=False, mentions=())
            yield ExtractedAnalysis(quotes=(), entities=(entity,))

    return analyse


def echo_analyzer(**bounds: float) -> Analyzer:
    return Analyzer(spacy_model="unused", pipeline_factory=echo_pipeline, nice=0, **bounds)


def _answer(result) -> str:  # noqa: ANN001 - an ExtractedAnalysis
    assert isinstance(result, ExtractedAnalysis), result
    return result.entities[0].name


def _coalesced() -> float:
    return REGISTRY.get_sample_value("quotewise_analysis_coalesced_total") or 0.0


def _busy(analyzer: Analyzer, seconds: float):  # noqa: ANN202 - the blocking job's future
    """Occupies the (only) worker for `seconds`, and returns once it has taken the job."""
    blocker = analyzer.submit([f"sleep {seconds} blocker"])
    time.sleep(0.2)
    return blocker


@pytest.fixture
def one_worker() -> Iterator[Analyzer]:
    with echo_analyzer(workers=1, timeout_s=1.0, queue_per_worker=16, queue_per_client=8) as analyzer:
        yield analyzer


def test_jobs_waiting_for_a_busy_worker_are_parsed_in_one_call_each_with_its_own_answer(one_worker):
    coalesced = _coalesced()
    blocker = _busy(one_worker, 0.6)
    jobs = [one_worker.submit([f"article {n}"], client=f"key {n}") for n in range(4)]
    batch = one_worker.submit(["batch a", "batch b"], client="key 4")
    assert _answer(blocker.result(10)[0]) == "sleep 0.6 blocker / 1"
    assert [_answer(job.result(10)[0]) for job in jobs] == [f"article {n} / 4" for n in range(4)]
    # a batch is parsed several texts per call already, and stays split among the workers: not coalesced
    assert [_answer(result) for result in batch.result(10)] == ["batch a / 2", "batch b / 2"]
    assert _coalesced() - coalesced == 4
    assert one_worker.queue_length == 0


def test_a_long_text_is_not_coalesced_and_keeps_its_own_deadline(one_worker):
    coalesced = _coalesced()
    _busy(one_worker, 0.5)
    long_text = "long " + "x" * COALESCE_MAX_CHARS
    jobs = [one_worker.submit(["short one"]), one_worker.submit([long_text]), one_worker.submit(["short two"])]
    assert _answer(jobs[0].result(10)[0]) == "short one / 1"  # the long text stops the coalescing behind it
    assert _answer(jobs[1].result(10)[0]) == f"{long_text} / 1"
    assert _answer(jobs[2].result(10)[0]) == "short two / 1"
    assert _coalesced() == coalesced


def test_a_slow_text_coalesced_with_others_is_stopped_and_the_others_still_succeed(one_worker):
    coalesced = _coalesced()
    _busy(one_worker, 0.5)
    worker_before = one_worker._workers[0].process.pid
    began = time.perf_counter()
    slow = one_worker.submit(["sleep 60"], client="hostile")
    others = [one_worker.submit([f"neighbour {n}"], client=f"key {n}") for n in range(2)]
    # the call of three runs out of its shared 3 s; the two neighbours are analysed again alone, and the slow
    # text alone again gets its own 1 s before it is reported
    assert [_answer(job.result(15)[0]) for job in others] == ["neighbour 0 / 1", "neighbour 1 / 1"]
    assert isinstance(slow.result(15)[0], AnalysisTimedOut)
    assert _coalesced() - coalesced == 3  # the three were sent in one call first
    assert time.perf_counter() - began < 8
    assert _answer(one_worker.analyze_texts(["after"])[0]) == "after / 1"
    assert one_worker._workers[0].process.pid != worker_before
    assert one_worker.queue_length == 0


def test_a_lone_job_is_dispatched_at_once(one_worker):
    one_worker.analyze_texts(["warm-up"])
    began = time.perf_counter()
    assert _answer(one_worker.analyze_texts(["sleep 0.3 alone"])[0]) == "sleep 0.3 alone / 1"
    assert time.perf_counter() - began < 0.5


def test_a_worker_leaves_waiting_jobs_to_an_idle_worker_and_a_lone_job_takes_the_free_one():
    with echo_analyzer(workers=2, timeout_s=10.0) as analyzer:
        began = time.perf_counter()
        pair = [analyzer.submit([f"sleep 0.6 job {n}"]) for n in range(2)]
        assert [_answer(job.result(10)[0]) for job in pair] == ["sleep 0.6 job 0 / 1", "sleep 0.6 job 1 / 1"]
        assert time.perf_counter() - began < 1.1  # in parallel: one call of two would take 1.2 s
        long = analyzer.submit(["sleep 1.5 long"])
        time.sleep(0.2)
        began = time.perf_counter()
        assert _answer(analyzer.analyze_texts(["quick"])[0]) == "quick / 1"
        assert time.perf_counter() - began < 0.5
        long.result(10)


def test_the_queue_bounds_still_refuse_while_jobs_wait_to_be_coalesced():
    with echo_analyzer(workers=1, timeout_s=5.0, queue_per_worker=4, queue_per_client=2) as analyzer:
        blocker = analyzer.submit(["sleep 0.8 blocker"], client="cms")
        time.sleep(0.2)
        waiting = [analyzer.submit(["cms article"], client="cms"), analyzer.submit(["desk article"], client="desk")]
        with pytest.raises(TooManyAnalyses) as per_key:
            analyzer.submit(["one too many"], client="cms")
        waiting.append(analyzer.submit(["archive article"], client="archive"))
        with pytest.raises(AnalyzerBusy) as full:
            analyzer.submit(["pool full"], client="wire")
        assert per_key.value.retry_after >= 1 and full.value.retry_after >= 1
        blocker.result(10)
        assert [_answer(job.result(10)[0]) for job in waiting] == [
            "cms article / 3", "desk article / 3", "archive article / 3"]
        assert analyzer.queue_length == 0
        assert _answer(analyzer.analyze_texts(["admitted again"], client="cms")[0]) == "admitted again / 1"


def _parse_seconds_at_most(bound: str) -> float:
    return REGISTRY.get_sample_value("quotewise_parse_seconds_bucket", {"le": bound}) or 0.0


def test_texts_answered_together_share_their_call_s_parse_seconds(one_worker):
    observed = REGISTRY.get_sample_value("quotewise_parse_seconds_count") or 0.0
    quick = _parse_seconds_at_most("0.1")
    _busy(one_worker, 0.6)
    jobs = [one_worker.submit(["all sleep 0.8 first"]), one_worker.submit(["second"])]
    assert [_answer(job.result(10)[0]) for job in jobs] == ["all sleep 0.8 first / 2", "second / 2"]
    deadline = time.monotonic() + 5  # a call's texts are counted once the call is over, just after their results
    while REGISTRY.get_sample_value("quotewise_parse_seconds_count") < observed + 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert REGISTRY.get_sample_value("quotewise_parse_seconds_count") == observed + 3  # the blocker and the pair
    assert _parse_seconds_at_most("0.1") == quick  # about 0.4 s each, not 0.8 s for the first and none for the second
