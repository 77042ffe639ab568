"""Micro-batching in the Analyzer: single-text jobs that queue up while the worker is busy are parsed together in
one call of the pipeline (one `nlp.pipe`), each still answered to its own caller, and a hostile text among them
still fails alone."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence

from app.errors import AnalysisFailed, AnalysisTimedOut
from app.nlp.contract import ExtractedAnalysis, ExtractedEntity, SpeakerKind
from app.services.analyzer import Analyzer
from tests.fake_pipelines import scripted_pipeline


def counting_pipeline(model: str):  # noqa: ANN201 - an Analyse callable, run in the worker process
    """As the scripted pipeline, but each analysis names how many texts the call that made it was given."""
    scripted = scripted_pipeline(model)

    def analyse(texts: Sequence[str]) -> Iterator[ExtractedAnalysis]:
        for _analysis in scripted(texts):
            yield ExtractedAnalysis(quotes=(), entities=(ExtractedEntity(
                name=f"call of {len(texts)}", kind=SpeakerKind.UNKNOWN, aliases=(), roles=(), gender=None,
                plural=False, mentions=()),))

    return analyse


def _call_size(result: object) -> str:
    assert isinstance(result, ExtractedAnalysis), result
    return result.entities[0].name


def _occupy(analyzer: Analyzer, seconds: float):  # noqa: ANN202 - the busy job's future
    busy = analyzer.submit([f"sleep {seconds}"])
    time.sleep(0.2)  # the worker has taken it
    return busy


def test_requests_queued_behind_a_busy_worker_are_parsed_in_one_call():
    with Analyzer(spacy_model="unused", pipeline_factory=counting_pipeline, nice=0, workers=1) as analyzer:
        busy = _occupy(analyzer, 0.6)
        waiting = [analyzer.submit([f"article {n}"], client=f"client {n}") for n in range(3)]
        assert _call_size(busy.result()[0]) == "call of 1"
        assert [_call_size(job.result()[0]) for job in waiting] == ["call of 3"] * 3
        assert analyzer.queue_length == 0


def test_a_worker_takes_only_its_share_when_another_is_idle():
    with Analyzer(spacy_model="unused", pipeline_factory=counting_pipeline, nice=0, workers=2) as analyzer:
        jobs = [analyzer.submit([f"article {n}"]) for n in range(2)]
        assert [_call_size(job.result()[0]) for job in jobs] == ["call of 1"] * 2


def test_a_hostile_text_batched_with_others_fails_alone():
    with Analyzer(spacy_model="unused", pipeline_factory=counting_pipeline, nice=0, workers=1,
                  timeout_s=1.0) as analyzer:
        busy = _occupy(analyzer, 0.5)
        fine, crash, slow, also_fine = (analyzer.submit([text]) for text in ("one", "crash", "sleep 30", "two"))
        busy.result()
        assert isinstance(crash.result()[0], AnalysisFailed)
        assert isinstance(slow.result()[0], AnalysisTimedOut)
        assert isinstance(fine.result()[0], ExtractedAnalysis) and isinstance(also_fine.result()[0], ExtractedAnalysis)
        assert isinstance(analyzer.analyze_text("after"), ExtractedAnalysis)  # the worker was replaced
