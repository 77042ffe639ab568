"""Bulk import of an archive: `python -m app import FILE.jsonl` or `python -m app import FOLDER` (of .txt files).

The articles go through the API's own write path (app.services.analysis): the Analyzer's worker processes (one per
core by default, each loading the pipeline once) analyse, with the same limits and deadline as the API, and this
process stores, so an import and a running server can share one database. At most two chunks per worker are in
flight, so an archive of any size is read in constant memory.

Resumable: an article already stored (same URL or text) is skipped before it is parsed, so an interrupted import
is simply run again. A bad record (malformed JSON, no text, HTML, a write that fails) is counted and reported at
the end; it never stops the import.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

Status = Literal["stored", "skipped", "failed"]


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


# ------------------------------------------------------------------------------------------------ running it


def import_chunk(*, engine, analyzer, records: Sequence[Record]) -> list[Outcome]:  # noqa: ANN001
    """The chunk's readable articles go through the API's write path (app.services.analysis) together; if writing
    fails for a reason that is not the article's (say, the database went away), each article is tried alone so
    that the failure is reported against the right one."""
    from app.services.analysis import analyze_articles

    readable = [(position, record) for position, record in enumerate(records) if record.article is not None]
    outcomes = {p: Outcome(r.key, "failed", r.error) for p, r in enumerate(records) if r.article is None}
    groups = [readable]
    while groups:
        group = groups.pop()
        try:
            results = analyze_articles(engine=engine, analyzer=analyzer, articles=[r.article for _, r in group])
        except Exception as error:  # noqa: BLE001 - one article's failure must not stop the import
            if len(group) > 1:
                groups.extend([item] for item in group)
                continue
            results = None
            outcomes[group[0][0]] = Outcome(group[0][1].key, "failed", f"{type(error).__name__}: {error}")
        for (position, record), result in zip(group, results or []):
            if result.error is not None:
                outcomes[position] = Outcome(record.key, "failed", result.error.message)
            else:
                status: Status = "stored" if result.outcome == "created" else "skipped"
                outcomes[position] = Outcome(record.key, status, article_id=result.article_id)
    return [outcomes[p] for p in range(len(records))]


def run_import(
    path: Path,
    *,
    settings,  # noqa: ANN001 - app.settings.Settings: the database, the model, the limits and the deadline
    workers: int = 2,
    batch_size: int = 16,
    progress: bool = True,
    analyzer=None,  # noqa: ANN001 - a started Analyzer to use instead of starting `workers` processes (tests)
) -> ImportReport:
    """Imports every record of `path`; returns what was stored, skipped and failed. The database must already
    be at the current schema (`python -m app migrate`)."""
    from tqdm import tqdm

    from app.db import make_engine
    from app.migrations import assert_schema_is_current
    from app.services.analyzer import Analyzer

    engine = make_engine(settings.database_url, busy_timeout_ms=settings.sqlite_busy_timeout_ms)
    report = ImportReport()
    own_analyzer = analyzer is None
    try:
        assert_schema_is_current(engine)
        total = count_records(path)
        work = chunks(read_archive(path), batch_size)
        started = time.perf_counter()
        with tqdm(total=total, unit="article", desc=f"loading the pipeline in {max(workers, 1)} worker(s)",
                  disable=not progress, file=sys.stderr, smoothing=0.1) as bar:
            if own_analyzer:
                analyzer = Analyzer.from_settings(settings, workers=workers, queue_per_worker=4).start()
            in_flight = 2 * analyzer.workers  # keeps every worker busy while the parent stores
            report.load_seconds = time.perf_counter() - started
            bar.set_description("importing")
            bar.reset(total=total)
            started = time.perf_counter()

            def record(outcomes: list[Outcome]) -> None:
                for outcome in outcomes:
                    report.add(outcome)
                bar.update(len(outcomes))
                bar.set_postfix(stored=report.stored, skipped=report.skipped, failed=len(report.failures),
                                refresh=False)

            with ThreadPoolExecutor(in_flight, thread_name_prefix="quotewise-import") as threads:
                pending: dict[Future, list[Record]] = {}
                for chunk in work:
                    pending[threads.submit(import_chunk, engine=engine, analyzer=analyzer, records=chunk)] = chunk
                    while len(pending) >= in_flight:
                        _collect(pending, record, wait(pending, return_when=FIRST_COMPLETED).done)
                while pending:
                    _collect(pending, record, wait(pending, return_when=FIRST_COMPLETED).done)
        report.seconds = time.perf_counter() - started
    finally:
        if own_analyzer and analyzer is not None:
            analyzer.close()
        engine.dispose()
    return report


def _collect(pending: dict[Future, list[Record]], record, done) -> None:  # noqa: ANN001
    for future in done:
        chunk = pending.pop(future)
        try:
            record(future.result())
        except Exception as error:  # noqa: BLE001 - e.g. the analysis queue refused: report the chunk, keep going
            record([Outcome(r.key, "failed", f"{type(error).__name__}: {error}") for r in chunk])


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
