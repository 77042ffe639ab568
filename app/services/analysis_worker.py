"""The analysis worker process and its parent-side handle: what runs in each of the Analyzer's processes (load the
pipeline once, then analyse each list of texts it is sent, one message per text) and how the parent drives it with
a deadline. See app.services.analyzer for the pool, the limits and admission."""

from __future__ import annotations

import copyreg
import dataclasses
import gc
import io
import multiprocessing
import os
import pickle
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import attrgetter

from app import metrics
from app.errors import AnalysisFailed, DomainError, InvalidArticle
from app.nlp import contract
from app.nlp.contract import ExtractedAnalysis

# Read by OpenBLAS when numpy loads: one BLAS thread per worker process. With its default (a thread per core) two
# workers on two cores oversubscribe the CPU (measured: ~5 against ~8 articles/s on the PolNeAR dev texts).
ONE_BLAS_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
ANALYSIS_NICE = 10  # worker processes yield the CPU to the web processes that answer queries
PIPE_BATCH_SIZE = 8  # docs the parser takes at a time; larger batches add memory, not speed, on small models
# The collector's thresholds in a worker, once its model is frozen (gc.freeze). A parse allocates container objects
# by the hundred thousand and frees almost all of them by reference counting, so with Python's default (700, 10,
# 10) a worker runs a collection every few milliseconds for little: `python -m bench.worker_gc` measured 0.95 CPU
# ms per article in 593 collections over the PolNeAR dev texts twice, against 0.08 ms in 5 with these, for the
# same resident memory (peak 316 against 317 MiB).
WORKER_GC_THRESHOLDS = (10_000, 50, 100)

Analyse = Callable[[Sequence[str]], Iterable[ExtractedAnalysis]]
PipelineFactory = Callable[[str], Analyse]
Result = ExtractedAnalysis | DomainError

def too_many_tokens(doc, max_tokens: int) -> InvalidArticle:  # noqa: ANN001 - a tokenized spaCy Doc
    return InvalidArticle(
        f"text has {len(doc)} tokens (words, numbers and punctuation marks) in {len(doc.text)} characters; the "
        f"limit is {max_tokens}, passed at offset {doc[max_tokens].idx}. Text this dense is not prose (a run of "
        "punctuation, a table, markup): send the article's text without it"
    )


def quotewise_pipeline(model: str, max_tokens: int = 80_000) -> Analyse:
    """The default pipeline factory, run once in each worker process. The parse costs time in proportion to the
    tokens, and prose has about one token per five characters; a text with more than `max_tokens` tokens is
    refused as soon as it is tokenized (linear, see app.nlp.long_runs) rather than parsed up to the deadline."""
    from app.nlp.contract import extract_analysis
    from app.nlp.pipeline import build_pipeline

    nlp = build_pipeline(model)

    def analyse(texts: Sequence[str]) -> Iterator[ExtractedAnalysis | InvalidArticle]:
        docs = [nlp.make_doc(text) for text in texts]
        refused = {i: too_many_tokens(doc, max_tokens) for i, doc in enumerate(docs) if len(doc) > max_tokens}
        parsed = nlp.pipe((doc for i, doc in enumerate(docs) if i not in refused), batch_size=PIPE_BATCH_SIZE)
        for index in range(len(docs)):
            yield refused[index] if index in refused else extract_analysis(next(parsed))

    return analyse



def _by_fields(cls: type) -> Callable[[object], tuple]:
    """Pickles a contract value as its class called with its fields, in order: unpickled by the class's own
    __init__, where the default reduction of a frozen slotted dataclass sets each field through a Python-level
    __setstate__ loop. Measured on the PolNeAR dev analyses: 0.11 against 0.27 ms per article to unpickle (in the
    server process, for every analysis it stores), 0.15 against 0.26 ms to pickle (in the worker)."""
    fields = dataclasses.fields(cls)
    if not all(f.init for f in fields):
        raise TypeError(f"{cls.__name__} has a field its __init__ does not take")
    values = attrgetter(*(f.name for f in fields))
    if len(fields) == 1:
        return lambda value: (cls, (values(value),))
    return lambda value: (cls, values(value))


# The contract's dataclasses (app/nlp/contract.py) as _by_fields pickles them; everything else as pickle does.
_DISPATCH = copyreg.dispatch_table | {
    value: _by_fields(value) for value in vars(contract).values()
    if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == contract.__name__
}


def _send(connection, message: tuple) -> None:  # noqa: ANN001 - a Pipe end
    """Sends `message` as Connection.send would, its contract values pickled by _DISPATCH; the parent's
    Connection.recv reads it (unpickling needs no table)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _DISPATCH
    pickler.dump(message)
    connection.send_bytes(buffer.getbuffer())


def _worker_main(connection, factory: PipelineFactory, model: str, nice: int) -> None:  # noqa: ANN001 - a Pipe end
    """Loads the pipeline, says "ready", then answers each list of texts with one message per text (as soon as it
    is done, so the parent knows which texts finished if it has to kill this process) and a final "done" with the
    seconds the call took."""
    for name, value in ONE_BLAS_THREAD.items():
        os.environ.setdefault(name, value)
    if nice:
        os.nice(nice)  # the web processes on the same cores answer queries first
    analyse = factory(model)
    gc.collect()
    gc.freeze()  # the loaded model lives as long as the process: full collections need not walk it again and again
    gc.set_threshold(*WORKER_GC_THRESHOLDS)
    _send(connection, ("ready", os.getpid()))
    while True:
        try:
            texts = connection.recv()
        except (EOFError, OSError):
            return
        if texts is None:
            return
        received = time.perf_counter()
        done = 0
        try:
            for analysis in analyse(texts):
                _send(connection, ("ok", done, analysis))
                done += 1
        except Exception:  # noqa: BLE001 - find which text failed: the rest are analysed one by one
            for index in range(done, len(texts)):
                try:
                    _send(connection, ("ok", index, next(iter(analyse([texts[index]])))))
                except Exception as error:  # noqa: BLE001 - reported to the parent as this text's failure
                    _send(connection, ("error", index, f"{type(error).__name__}: {error}"))
        _send(connection, ("done", None, time.perf_counter() - received))  # the call's busy seconds


class Stopped(Exception):
    """The worker process was killed (deadline) or died; the results it sent before were delivered."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class WorkerProcess:
    """One worker process and the pipe to it; used only by its dispatcher thread in the Analyzer."""

    def __init__(self, *, number: int, factory: PipelineFactory, model: str, nice: int, start_timeout_s: float) -> None:
        self.number = number
        self.factory = factory
        self.model = model
        self.nice = nice
        self.start_timeout_s = start_timeout_s
        self.process = None
        self.connection = None

    def start(self) -> None:
        context = multiprocessing.get_context("spawn")
        parent_end, child_end = context.Pipe(duplex=True)
        process = context.Process(
            target=_worker_main, name=f"quotewise-analyzer-{self.number}", daemon=True,
            args=(child_end, self.factory, self.model, self.nice),
        )
        process.start()
        child_end.close()
        self.process, self.connection = process, parent_end
        if not parent_end.poll(self.start_timeout_s):
            self.stop()
            raise RuntimeError(f"analysis worker {self.number} did not load its pipeline in "
                               f"{self.start_timeout_s:.0f} s")
        try:
            parent_end.recv()
        except EOFError:
            process.join(10)
            code = process.exitcode
            self.stop()
            raise RuntimeError(f"analysis worker {self.number} exited while loading its pipeline (code {code})") from None

    def stop(self) -> None:
        if self.process is not None and self.process.is_alive():
            self.process.kill()
        if self.process is not None:
            self.process.join(10)
        if self.connection is not None:
            self.connection.close()
        self.process = self.connection = None

    def kill(self, reason: str) -> None:
        """Stops the process at once; the dispatcher starts its replacement (see Analyzer._ensure_running)."""
        self.stop()
        metrics.WORKER_RESTARTS.labels(reason=reason).inc()

    def run(self, texts: Sequence[str], timeout_s: float, on_result: Callable[[int, Result], None]) -> None:
        """Calls `on_result(index, result)` as each text's result arrives; raises Stopped when the deadline passes
        or the process dies."""
        assert self.connection is not None
        began = last = time.perf_counter()
        deadline = began + timeout_s * len(texts)
        metrics.TEXTS_PER_CALL.observe(len(texts))
        self.connection.send(list(texts))
        delivered = 0
        try:
            while True:
                remaining = deadline - time.perf_counter()
                try:
                    ready = remaining > 0 and self.connection.poll(remaining)
                    if not ready:
                        raise Stopped("timeout")
                    kind, index, payload = self.connection.recv()
                except (EOFError, OSError, BrokenPipeError):
                    raise Stopped("crash") from None
                if kind == "done":
                    metrics.WORKER_BUSY_SECONDS.inc(payload)
                    return
                last = time.perf_counter()
                delivered += 1
                on_result(index, payload if kind == "ok" else AnalysisFailed(  # "ok": an analysis or a refusal
                    f"the analysis failed ({payload}); nothing was stored"))
        finally:
            # Texts parsed in one call come out together (nlp.pipe runs each component over all of them): each is
            # counted with the call's time shared out, not the first with all of it and the rest with none.
            for _ in range(delivered):
                metrics.PARSE_SECONDS.observe((last - began) / delivered)
