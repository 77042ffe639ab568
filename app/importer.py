"""Bulk import of an archive: `python -m app import FILE.jsonl` or `python -m app import FOLDER` (of .txt files).

Worker processes (one per core by default) each load the pipeline once and write through their own engine with
the same `store_article` the API uses, so an import and a running server can share one database. The parent only
reads the archive and hands out chunks; at most two chunks per worker are in flight, so an archive of any size is
read in constant memory.

Resumable: an article already stored (same URL or text) is skipped before it is parsed, so an interrupted import
is simply run again. A bad record (malformed JSON, no text, HTML, a write that fails) is counted and reported at
the end; it never stops the import.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

from app.errors import DomainError

Status = Literal["stored", "skipped", "failed"]
READY_TIMEOUT_S = 600  # loading the pipeline takes seconds; this only guards against a worker that died


@dataclass(frozen=True, slots=True)
class Record:
    """One article of the archive, or the reason it could not be read (`article` None, `error` set)."""

    key: str  # where it came from: the record's id, line number or file name, for the failure report
    article: object | None  # ArticleInput; typed loosely so that reading the archive does not import SQLModel
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    key: str
    status: Status
    error: str | None = None
    article_id: int | None = None


@dataclass
class ImportReport:
    stored: int = 0
    skipped: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    load_seconds: float = 0.0  # starting the workers and loading their pipelines
    seconds: float = 0.0  # importing, after every worker was ready

    @property
    def total(self) -> int:
        return self.stored + self.skipped + len(self.failures)

    def add(self, outcome: Outcome) -> None:
        if outcome.status == "stored":
            self.stored += 1
        elif outcome.status == "skipped":
            self.skipped += 1
        else:
            self.failures.append((outcome.key, outcome.error or "failed"))


# --------------------------------------------------------------------------------------------- reading archives


def _parse_date(value: object) -> datetime | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"published_at must be an ISO 8601 string, not {value!r}")
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _optional_str(data: dict, name: str) -> str | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"`{name}` must be a string")
    return value or None


def _jsonl_records(path: Path) -> Iterator[Record]:
    from app.services.storage import ArticleInput

    with path.open(encoding="utf-8", errors="surrogateescape") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            key = f"{path.name}:{number}"
            try:
                data = json.loads(line)
                if not isinstance(data, dict):
                    raise ValueError("the line is not a JSON object")
                key = f"{key} ({data['id']})" if isinstance(data.get("id"), (str, int)) else key
                text = data.get("text")
                if not isinstance(text, str):
                    raise ValueError("no `text` string")
                article = ArticleInput(
                    text=text,
                    title=_optional_str(data, "title"),
                    url=_optional_str(data, "url"),
                    source=_optional_str(data, "source"),
                    published_at=_parse_date(data.get("published_at")),
                )
            except (ValueError, UnicodeError) as error:  # json.JSONDecodeError is a ValueError
                yield Record(key, None, f"unreadable record: {error}")
                continue
            yield Record(key, article)


def _title_of(text: str, fallback: str) -> str:
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first_line if 0 < len(first_line) <= 300 else fallback


def _folder_records(path: Path) -> Iterator[Record]:
    from app.services.storage import ArticleInput

    for file in sorted(path.rglob("*.txt")):
        key = str(file.relative_to(path))
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            yield Record(key, None, f"unreadable file: {error}")
            continue
        yield Record(key, ArticleInput(text=text, title=_title_of(text, file.stem)))


def read_archive(path: Path) -> Iterator[Record]:
    """A .jsonl file (one JSON object per line with `text` and optional title, url, source, published_at, id)
    or a folder of UTF-8 .txt files (searched recursively; the title is the first line, else the file name)."""
    if path.is_dir():
        return _folder_records(path)
    if path.is_file():
        return _jsonl_records(path)
    raise FileNotFoundError(f"{path} is neither a .jsonl file nor a folder of .txt files")


def count_records(path: Path) -> int:
    """For the progress bar's total: non-empty lines or .txt files, counted without parsing them."""
    if path.is_dir():
        return sum(1 for _ in path.rglob("*.txt"))
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def chunks(records: Iterator[Record], size: int) -> Iterator[list[Record]]:
    chunk: list[Record] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# ------------------------------------------------------------------------------------------------- the workers


class _Worker:
    """What one process holds for the whole import: its pipeline, its engine, the text limit."""

    def __init__(self, *, nlp, engine, max_chars: int) -> None:  # noqa: ANN001 - spaCy / SQLAlchemy objects
        self.nlp = nlp
        self.engine = engine
        self.max_chars = max_chars

    def import_chunk(self, records: Sequence[Record]) -> list[Outcome]:
        from sqlmodel import Session

        from app.nlp.contract import extract_quotes
        from app.services.analysis import check_article_text
        from app.services.storage import find_existing_article, store_article

        outcomes: dict[int, Outcome] = {}
        to_parse: list[int] = []
        with Session(self.engine) as session:
            for position, record in enumerate(records):
                if record.article is None:
                    outcomes[position] = Outcome(record.key, "failed", record.error)
                    continue
                try:
                    check_article_text(record.article.text, max_chars=self.max_chars)
                    existing = find_existing_article(session, record.article)
                except DomainError as error:
                    outcomes[position] = Outcome(record.key, "failed", error.message)
                    continue
                if existing is not None:
                    outcomes[position] = Outcome(record.key, "skipped", article_id=existing.id)
                else:
                    to_parse.append(position)
            docs = self.nlp.pipe((records[p].article.text for p in to_parse), batch_size=16)
            for position, doc in zip(to_parse, docs):
                record = records[position]
                try:
                    article_id, created = store_article(
                        session=session, article=record.article, quotes=extract_quotes(doc)
                    )
                except Exception as error:  # noqa: BLE001 - one article's failure must not stop the import
                    outcomes[position] = Outcome(record.key, "failed", f"{type(error).__name__}: {error}")
                    continue
                outcomes[position] = Outcome(record.key, "stored" if created else "skipped", article_id=article_id)
        return [outcomes[p] for p in range(len(records))]


_worker: _Worker | None = None
_ready_barrier = None  # multiprocessing.Barrier; only passable at process creation, so set by the initializer


# Read by OpenBLAS when numpy loads: one BLAS thread per worker process. With its default (a thread per core) two
# workers on two cores oversubscribe the CPU and the pair imported barely faster than one process (measured: ~5
# against ~8 articles/s on the PolNeAR dev texts).
ONE_BLAS_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def _init_worker(database_url: str, spacy_model: str, max_chars: int, busy_timeout_ms: int, barrier=None) -> None:  # noqa: ANN001
    global _worker, _ready_barrier
    _ready_barrier = barrier
    if barrier is not None:  # a pool worker process, before spaCy (and numpy) are imported in it
        for name, value in ONE_BLAS_THREAD.items():
            os.environ.setdefault(name, value)
    from app.db import make_engine
    from app.nlp.pipeline import build_pipeline

    _worker = _Worker(
        nlp=build_pipeline(spacy_model),
        engine=make_engine(database_url, busy_timeout_ms=busy_timeout_ms),
        max_chars=max_chars,
    )


def _wait_ready() -> None:
    """Blocks until as many of these run at once as there are workers: every process has loaded its pipeline."""
    assert _ready_barrier is not None
    _ready_barrier.wait(READY_TIMEOUT_S)


def _import_chunk(records: list[Record]) -> list[Outcome]:
    assert _worker is not None, "worker not initialised"
    return _worker.import_chunk(records)


# ------------------------------------------------------------------------------------------------ running it


def run_import(
    path: Path,
    *,
    database_url: str,
    spacy_model: str,
    max_chars: int,
    workers: int = 2,
    batch_size: int = 16,
    busy_timeout_ms: int = 30_000,
    progress: bool = True,
    nlp=None,  # noqa: ANN001 - with workers=1, an already loaded pipeline may be passed (tests)
) -> ImportReport:
    """Imports every record of `path`; returns what was stored, skipped and failed. The database must already
    be at the current schema (`python -m app migrate`)."""
    from tqdm import tqdm

    from app.db import make_engine
    from app.migrations import assert_schema_is_current

    check_engine = make_engine(database_url, busy_timeout_ms=busy_timeout_ms)
    try:
        assert_schema_is_current(check_engine)
    finally:
        check_engine.dispose()

    report = ImportReport()
    total = count_records(path)
    work = chunks(read_archive(path), batch_size)
    started = time.perf_counter()
    with tqdm(total=total, unit="article", desc=f"loading the pipeline in {max(workers, 1)} worker(s)", disable=not progress, file=sys.stderr,
              smoothing=0.1) as bar:

        def record(outcomes: list[Outcome]) -> None:
            for outcome in outcomes:
                report.add(outcome)
            bar.update(len(outcomes))
            bar.set_postfix(stored=report.stored, skipped=report.skipped, failed=len(report.failures), refresh=False)

        if workers <= 1:
            global _worker
            if nlp is None:
                _init_worker(database_url, spacy_model, max_chars, busy_timeout_ms)
            else:
                _worker = _Worker(nlp=nlp, engine=make_engine(database_url, busy_timeout_ms=busy_timeout_ms),
                                  max_chars=max_chars)
            report.load_seconds = time.perf_counter() - started
            bar.set_description("importing")
            bar.reset(total=total)
            started = time.perf_counter()
            try:
                for chunk in work:
                    record(_import_chunk(chunk))
            finally:
                _worker.engine.dispose()
                _worker = None
        else:
            # spawn, not fork: the parent may hold threads (tqdm) and database connections a fork would copy.
            context = multiprocessing.get_context("spawn")
            barrier = context.Barrier(workers)
            with ProcessPoolExecutor(
                max_workers=workers, mp_context=context, initializer=_init_worker,
                initargs=(database_url, spacy_model, max_chars, busy_timeout_ms, barrier),
            ) as pool:
                for ready in [pool.submit(_wait_ready) for _ in range(workers)]:
                    ready.result()
                report.load_seconds = time.perf_counter() - started
                bar.set_description("importing")
                bar.reset(total=total)
                started = time.perf_counter()
                pending: dict[Future, list[Record]] = {}
                for chunk in work:
                    pending[pool.submit(_import_chunk, chunk)] = chunk
                    while len(pending) >= 2 * workers:
                        _collect(pending, record, wait(pending, return_when=FIRST_COMPLETED).done)
                while pending:
                    _collect(pending, record, wait(pending, return_when=FIRST_COMPLETED).done)
    report.seconds = time.perf_counter() - started
    return report


def _collect(pending: dict[Future, list[Record]], record, done) -> None:  # noqa: ANN001
    for future in done:
        chunk = pending.pop(future)
        try:
            record(future.result())
        except Exception as error:  # noqa: BLE001 - a worker crashed: report its chunk, keep going
            record([Outcome(r.key, "failed", f"worker failed: {type(error).__name__}: {error}") for r in chunk])


def print_report(report: ImportReport, *, out=sys.stdout) -> None:  # noqa: ANN001
    rate = report.total / report.seconds if report.seconds else 0.0
    print(
        f"{report.total} articles in {report.seconds:.1f} s ({rate:.1f} articles/s, after {report.load_seconds:.1f} s "
        f"loading the pipeline): {report.stored} stored, {report.skipped} already stored, "
        f"{len(report.failures)} failed",
        file=out,
    )
    if report.failures:
        print("failures:", file=out)
        for key, message in report.failures:
            print(f"  {key}: {message}", file=out)
