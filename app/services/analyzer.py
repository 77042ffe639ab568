"""The one Analyzer: every analysis — POST /analyze, POST /analyze/batch, the importer, the seed command, re-analysis
— runs here, in worker processes that each load the pipeline once, never in the process that serves requests.

Why processes: a parse is CPU-bound and holds the GIL, so in the web process it would stall the event loop (and
`GET /health`) for as long as it runs; and a parse cannot be interrupted from inside Python, only its process can
be killed. So the Analyzer owns:

* the pool: `workers` processes (spawned, so they share nothing with the server), each driven by one dispatcher
  thread of this process that sends it texts over a pipe and waits for the results with a deadline; a job of
  several texts is shared among the workers, and each text's result is handed to the caller as it arrives;
* micro-batching: a worker that comes free takes the oldest waiting task together with the ones queued behind it
  that fit in one `nlp.pipe` call (app.services.analysis_queue), so single-article requests that piled up while
  every worker was busy are parsed together, which costs less CPU per article; a lone request never waits for
  company;
* the limits: `check(text)` refuses a text that is too long, empty, with control characters or HTML; the worker
  refuses one with more than `max_tokens` tokens before parsing it;
* the deadline: a text not analysed within `timeout_s` has its worker process killed and replaced, and raises
  `AnalysisTimedOut`. Texts sent together (a batch, through `nlp.pipe`) share `timeout_s` per text; if that runs
  out, the ones without a result are retried one by one, each with its own `timeout_s`, so one hostile article
  does not fail its neighbours — whether they came in its own batch or in other requests coalesced with it;
* admission: at most `queue_per_worker × workers` jobs (one job: one call of `submit`, i.e. one request) queued or
  running, and at most `queue_per_client` of one client (API key); past either, `AnalyzerBusy`/`TooManyAnalyses`
  with a Retry-After estimate, never an unbounded queue.

Results are `ExtractedAnalysis` values (frozen dataclasses), pickled back from the worker.
"""

from __future__ import annotations

import asyncio
import logging
import math
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from functools import partial

from app import metrics
from app.errors import (AnalysisFailed, AnalysisTimedOut, AnalyzerBusy, ArticleTooLarge, DomainError, InvalidArticle,
                        TooManyAnalyses)
from app.nlp.contract import ExtractedAnalysis
from app.nlp.version import installed_pipeline_version
from app.services.analysis_queue import TaskQueue
from app.services.analysis_worker import (ANALYSIS_NICE, PIPE_BATCH_SIZE, PipelineFactory, Result, Stopped,
                                          WorkerProcess, quotewise_pipeline)
from app.text import first_html_tag, forbidden_control_problem

log = logging.getLogger("quotewise.analyzer")
CHUNK_CHARS = 400_000  # texts sent to a worker together: their deadline is shared, so keep chunks modest
CHUNK_TEXTS = PIPE_BATCH_SIZE
# A single-text job longer than this is never coalesced: a text that may run into the deadline keeps its own
# `timeout_s` (one POST /analyze, one answer within the limit), and the saving is on ordinary articles (~5,000).
COALESCE_MAX_CHARS = 50_000
# CPython's switch interval in a process that runs an Analyzer: at most this long a thread that returns from a
# blocking call waits for the GIL. A dispatcher thread makes several such calls between a worker's last result and
# that worker's next texts (the poll, the two reads of each message, the send), and it makes them just as a
# batch's last result sets its storage thread running Python: with the default 5 ms each wait was ~5 ms
# (`python -m bench.gil_wakeup`), time the worker spent idle at every call (`python -m bench.dispatch_gaps`: the
# workers' waits between calls 206 and 311 ms at 5 ms, 69 and 199 ms at 1 ms, over 60 calls each). Threads that
# all run Python switch more often, at a few microseconds a switch (`bench.serve_cost`: server CPU per batch
# article unchanged within its noise, 4.4-5.1 ms).
DISPATCH_SWITCH_INTERVAL_S = 0.001


def check_article_text(text: str, *, max_chars: int) -> None:
    """The limits every analysed text must meet; linear in the text."""
    if len(text) > max_chars:
        raise ArticleTooLarge(len(text), max_chars)
    if not text.strip():
        raise InvalidArticle("text is empty: send the article's text in the `text` field")
    problem = forbidden_control_problem(text)
    if problem is not None:
        raise InvalidArticle(f"text {problem}; remove control characters other than tab and line breaks")
    tag = first_html_tag(text)
    if tag is not None:
        raise InvalidArticle(f"text contains HTML markup ({tag}); send the article's plain text, without tags")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InvalidArticle(f"text contains an unpaired surrogate at offset {error.start}") from None




# ------------------------------------------------------------------------------------------------ the Analyzer


OnResult = Callable[[int, Result], None]


@dataclass(eq=False)
class _Job:
    """One call of `submit`: admitted and released once, run as up to one task per worker (see _shares)."""

    texts: list[str]
    future: Future
    client: str | None
    on_result: OnResult | None = None
    queued_at: float = field(default_factory=time.perf_counter)
    started_at: float | None = None
    results: dict[int, Result] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    finished: bool = False


@dataclass(eq=False)
class _Task:
    job: _Job
    positions: list[int]  # which of the job's texts, in order

    @property
    def chars(self) -> int:
        return sum(len(self.job.texts[p]) for p in self.positions)


def _alone(_taken: list[_Task], _task: _Task) -> bool:
    return False


def _fit_in_one_call(taken: list[_Task], task: _Task) -> bool:
    """Only single-text jobs (POST /analyze, a re-analysis) of at most COALESCE_MAX_CHARS are coalesced: a batch's
    texts are already parsed several to a call, and its shares were split among the workers on purpose (so that
    the last batch does not leave a worker idle). Coalesced texts make one chunk (see _chunks): at most CHUNK_TEXTS
    texts, and they share its deadline (`timeout_s` per text), as a batch's do."""
    if not (_coalescable(task) and _coalescable(taken[0])):
        return False
    return len(taken) < CHUNK_TEXTS and sum(t.chars for t in taken) + task.chars <= CHUNK_CHARS


def _coalescable(task: _Task) -> bool:
    return len(task.job.texts) == 1 and task.chars <= COALESCE_MAX_CHARS


class Analyzer:
    def __init__(
        self,
        *,
        spacy_model: str,
        workers: int = 1,
        timeout_s: float = 30.0,
        max_chars: int = 200_000,
        max_tokens: int = 80_000,
        queue_per_worker: int = 16,
        queue_per_client: int = 8,
        pipeline_factory: PipelineFactory | None = None,
        nice: int = ANALYSIS_NICE,
        start_timeout_s: float = 600.0,
        coalesce: bool = True,
    ) -> None:
        """`coalesce=False` sends every task alone (bench.coalescing_cost compares the two)."""
        self.spacy_model = spacy_model
        self.workers = max(1, workers)
        self.timeout_s = timeout_s
        self.max_chars = max_chars
        self.queue_limit = max(1, queue_per_worker) * self.workers
        self.queue_per_client = max(1, queue_per_client)
        self.pipeline_factory = pipeline_factory or partial(quotewise_pipeline, max_tokens=max_tokens)
        self.nice = nice
        self.start_timeout_s = start_timeout_s
        self._tasks: TaskQueue[_Task] = TaskQueue(fits=_fit_in_one_call if coalesce else _alone,
                                                  stale=lambda task: task.job.finished)
        self._lock = threading.Lock()
        self._admitted = 0
        self._by_client: Counter[str] = Counter()
        self._threads: list[threading.Thread] = []
        self._workers: list[WorkerProcess] = []
        self._job_seconds = 1.0  # moving average, for Retry-After
        self._started = False

    @property
    def pipeline_version(self) -> str:
        """Recorded on every article this Analyzer analyses (see app.nlp.version)."""
        return installed_pipeline_version(self.spacy_model)

    @classmethod
    def from_settings(cls, settings, **overrides) -> "Analyzer":  # noqa: ANN001 - app.settings.Settings
        options = dict(
            spacy_model=settings.spacy_model, workers=settings.analysis_workers,
            timeout_s=settings.analysis_timeout_s, max_chars=settings.max_text_chars,
            max_tokens=settings.max_text_tokens,
            queue_per_worker=settings.analysis_queue_per_worker, queue_per_client=settings.analysis_queue_per_key,
        )
        return cls(**(options | overrides))

    # ------------------------------------------------------------------------------------------ life cycle

    def start(self) -> "Analyzer":
        """Starts every worker (in parallel) and returns once all have loaded their pipeline."""
        if self._started:
            return self
        sys.setswitchinterval(min(sys.getswitchinterval(), DISPATCH_SWITCH_INTERVAL_S))
        workers = [WorkerProcess(number=number, factory=self.pipeline_factory, model=self.spacy_model, nice=self.nice,
                                 start_timeout_s=self.start_timeout_s) for number in range(self.workers)]
        errors: list[BaseException] = []

        def start_one(worker: WorkerProcess) -> None:
            try:
                worker.start()
            except BaseException as error:  # noqa: BLE001 - re-raised below, after every start was tried
                errors.append(error)

        starters = [threading.Thread(target=start_one, args=(w,)) for w in workers]
        for thread in starters:
            thread.start()
        for thread in starters:
            thread.join()
        if errors:
            for worker in workers:
                worker.stop()
            raise errors[0]
        self._workers = workers
        self._threads = [threading.Thread(target=self._dispatch, args=(w,), name=f"quotewise-dispatch-{w.number}",
                                          daemon=True) for w in workers]
        for thread in self._threads:
            thread.start()
        self._started = True
        return self

    def close(self) -> None:
        if not self._started:
            return
        for _ in self._threads:
            self._tasks.put(None)
        for thread in self._threads:
            thread.join(30)
        self._started = False

    def __enter__(self) -> "Analyzer":
        return self.start()

    def __exit__(self, *_exc) -> None:
        self.close()

    # ------------------------------------------------------------------------------------------- the API

    def check(self, text: str) -> None:
        check_article_text(text, max_chars=self.max_chars)

    @property
    def queue_length(self) -> int:
        """Jobs admitted and not yet finished (waiting or running)."""
        return self._admitted

    @property
    def crowded(self) -> bool:
        """More jobs admitted than the workers can run at once: some wait for a worker."""
        return self._admitted > self.workers

    def submit(self, texts: Sequence[str], *, client: str | None = None,
               on_result: OnResult | None = None) -> "Future[list[Result]]":
        """One job: the texts' analyses (or each one's DomainError), in order. `client` (an API key's name) is
        limited to `queue_per_client` jobs at once; None (the importer, the seed command) is not limited per
        client. Raises AnalyzerBusy / TooManyAnalyses when the job cannot be admitted.

        The texts are shared among the workers (each takes a share as it comes free), and `on_result(position,
        result)` is called, from a dispatcher thread, as each text's result arrives, before the future is done: the
        caller can store the first articles while the later ones are being parsed."""
        if not self._started:
            raise RuntimeError("the Analyzer is not started")
        with self._lock:
            if self._admitted >= self.queue_limit:
                metrics.ANALYSES.labels(outcome="busy").inc(len(texts))
                raise AnalyzerBusy(self._admitted, self.queue_limit, self._retry_after())
            if client is not None and self._by_client[client] >= self.queue_per_client:
                metrics.ANALYSES.labels(outcome="throttled").inc(len(texts))
                raise TooManyAnalyses(client, self.queue_per_client, self._retry_after())
            self._admitted += 1
            if client is not None:
                self._by_client[client] += 1
            metrics.QUEUE_LENGTH.set(self._admitted)
        job = _Job(list(texts), Future(), client, on_result)
        job.future.set_running_or_notify_cancel()
        if not texts:
            self._finish(job, [])
        for positions in _shares(job.texts, self.workers):
            self._tasks.put(_Task(job, positions))
        return job.future

    def analyze_texts(self, texts: Sequence[str], *, client: str | None = None) -> list[Result]:
        return self.submit(texts, client=client).result() if texts else []

    def analyze_text(self, text: str, *, client: str | None = None) -> ExtractedAnalysis:
        """The analysis of one text; raises the DomainError that stopped it (limits, deadline, failure)."""
        self.check(text)
        result = self.analyze_texts([text], client=client)[0]
        if isinstance(result, DomainError):
            raise result
        return result

    async def analyze_texts_async(self, texts: Sequence[str], *, client: str | None = None) -> list[Result]:
        """As analyze_texts, awaiting the worker without holding a thread of the event loop's thread pool."""
        return await asyncio.wrap_future(self.submit(texts, client=client)) if texts else []

    async def analyze_text_async(self, text: str, *, client: str | None = None) -> ExtractedAnalysis:
        self.check(text)
        result = (await self.analyze_texts_async([text], client=client))[0]
        if isinstance(result, DomainError):
            raise result
        return result

    # ------------------------------------------------------------------------------------------ internals

    def _retry_after(self) -> int:
        return max(1, min(300, math.ceil(self._job_seconds * (self._admitted + 1) / self.workers)))

    def _finish(self, job: _Job, outcome: list[Result] | BaseException) -> None:
        """Completes the job once (its last result, or the first task that failed) and releases its admission."""
        with job.lock:
            if job.finished:
                return
            job.finished = True
        with self._lock:
            self._admitted -= 1
            if job.client is not None:
                self._by_client[job.client] -= 1
                if self._by_client[job.client] <= 0:
                    del self._by_client[job.client]
            seconds = time.perf_counter() - (job.started_at or job.queued_at)
            self._job_seconds = 0.8 * self._job_seconds + 0.2 * seconds
            metrics.QUEUE_LENGTH.set(self._admitted)
        if isinstance(outcome, BaseException):
            job.future.set_exception(outcome)
        else:
            job.future.set_result(outcome)

    def _deliver(self, job: _Job, position: int, result: Result) -> None:
        metrics.ANALYSES.labels(outcome=_outcome(result)).inc()
        if job.on_result is not None:
            try:
                job.on_result(position, result)
            except Exception:  # noqa: BLE001 - the caller's hand-off; the result still completes the job
                log.exception("analysis result hand-off failed")
        with job.lock:
            job.results[position] = result
            complete = len(job.results) == len(job.texts)
        if complete:
            self._finish(job, [job.results[i] for i in range(len(job.texts))])

    def _dispatch(self, worker: WorkerProcess) -> None:
        try:
            while (tasks := self._tasks.take()) is not None:  # one task, or several coalesced into one call
                slots = [(task.job, position) for task in tasks for position in task.positions]
                jobs = list(dict.fromkeys(job for job, _ in slots))
                started = time.perf_counter()
                for job in jobs:
                    with job.lock:
                        job.started_at = job.started_at or started
                if len(jobs) > 1:
                    metrics.COALESCED.inc(len(jobs))
                try:
                    self._ensure_running(worker)
                    self._run_texts(worker, [job.texts[position] for job, position in slots],
                                    lambda index, result, slots=slots: self._deliver(*slots[index], result))
                except BaseException as error:  # noqa: BLE001 - handed to the callers, never lost
                    for job in jobs:
                        self._finish(job, error)
                # A worker killed at the deadline is replaced now, after its callers got their answers.
                self._ensure_running(worker)
        finally:
            worker.stop()

    def _ensure_running(self, worker: WorkerProcess) -> None:
        """Starts the worker if it was killed; keeps trying (jobs wait in the queue meanwhile)."""
        delay = 1.0
        while worker.process is None:
            started = time.perf_counter()
            try:
                worker.start()
                log.warning("analysis worker replaced", extra={
                    "worker": worker.number, "seconds": round(time.perf_counter() - started, 2)})
            except Exception as error:  # noqa: BLE001 - e.g. out of memory; retried with back-off
                log.error("analysis worker could not start", extra={"worker": worker.number, "error": str(error)})
                time.sleep(delay)
                delay = min(delay * 2, 30.0)

    def _run_texts(self, worker: WorkerProcess, texts: list[str], deliver: OnResult) -> None:
        for offset, chunk in _chunks(texts):
            self._run_chunk(worker, chunk, lambda index, result, offset=offset: deliver(offset + index, result))

    def _run_chunk(self, worker: WorkerProcess, texts: list[str], deliver: OnResult, *, retried: bool = False) -> None:
        """Delivers every text's result exactly once: an analysis, a refusal, or the error that stopped it."""
        self._ensure_running(worker)
        finished: set[int] = set()

        def record(index: int, result: Result) -> None:
            finished.add(index)
            deliver(index, result)

        try:
            worker.run(texts, self.timeout_s, record)
        except Stopped as stopped:
            unfinished = [i for i in range(len(texts)) if i not in finished]
            worker.kill(stopped.reason)
            if not unfinished:
                return
            if len(texts) == 1 and (stopped.reason == "timeout" or retried):
                deliver(0, self._stopped_error(stopped.reason, texts[0], worker))
                return
            log.warning("analysis retried one text at a time", extra={
                "reason": stopped.reason, "texts": len(unfinished), "chars": sum(len(texts[i]) for i in unfinished)})
            metrics.RETRIES.inc(len(unfinished))
            for index in unfinished:
                self._run_chunk(worker, [texts[index]], lambda _i, result, index=index: deliver(index, result),
                                retried=True)

    def _stopped_error(self, reason: str, text: str, worker: WorkerProcess) -> DomainError:
        if reason == "timeout":
            log.warning("analysis deadline passed: worker stopped", extra={
                "chars": len(text), "timeout_s": self.timeout_s, "worker": worker.number})
            return AnalysisTimedOut(len(text), self.timeout_s)
        log.warning("analysis worker died twice on one text", extra={"chars": len(text), "worker": worker.number})
        return AnalysisFailed(f"the analysis of this {len(text)}-character text stopped its worker process twice; "
                              "nothing was stored")


def _outcome(result: Result) -> str:
    if isinstance(result, AnalysisTimedOut):
        return "timeout"
    if isinstance(result, InvalidArticle):
        return "refused"
    return "failed" if isinstance(result, DomainError) else "ok"


def _chunks(texts: list[str]) -> Iterator[tuple[int, list[str]]]:
    """Consecutive runs of texts of at most CHUNK_TEXTS texts and CHUNK_CHARS characters (one text at least)."""
    start = 0
    while start < len(texts):
        end, size = start, 0
        while end < len(texts) and end - start < CHUNK_TEXTS and (end == start or size + len(texts[end]) <= CHUNK_CHARS):
            size += len(texts[end])
            end += 1
        yield start, texts[start:end]
        start = end


def _shares(texts: list[str], workers: int) -> list[list[int]]:
    """The positions of the texts split into at most `workers` shares of about equal length (longest first, each
    to the lightest share), each in order: a batch keeps every worker busy instead of one."""
    shares: list[list[int]] = [[] for _ in range(min(workers, len(texts)))]
    sizes = [0] * len(shares)
    for position in sorted(range(len(texts)), key=lambda p: -len(texts[p])):
        lightest = sizes.index(min(sizes))
        shares[lightest].append(position)
        sizes[lightest] += len(texts[position])
    return [sorted(share) for share in shares]
