"""Fault test: the load of bench/load.py against a real 2-worker server, SIGKILL of the whole server process group in
the middle of it, restart on the same database, then:

- `PRAGMA integrity_check` (SQLite) must say "ok", before and after the restart;
- every article acknowledged with 201 is stored exactly once with all its quotes, speakers and topic links;
- every article sent without an answer (in flight at the kill) is either absent or complete — compared with an
  in-process analysis of its text — and re-POSTing it gives 200 with the same id and complete analysis if it was
  stored, 201 if it was not;
- the restarted server serves a few more seconds of load with 0 errors.

    .venv/bin/python -m bench.fault                       # 50 clients, 20 s, kill at about 10 s
    .venv/bin/python -m bench.fault --clients 10 --duration 6

Exits 1 on any violation. `run_fault_scenario` is reused by tests/test_fault.py.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from bench._server import Server, migrate
from bench.load import (
    Acknowledged,
    ArticleFactory,
    LoadState,
    check_database,
    format_memory,
    integrity_check,
    read_articles,
    check_engine,
    report_load,
    run_load,
)


@dataclass
class FaultReport:
    lines: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    in_flight_at_kill: int = 0
    acknowledged_before_kill: int = 0
    errors_before_kill: int = 0
    errors_after_restart: int = 0
    integrity_before_restart: str | None = None
    integrity_after_restart: str | None = None
    integrity_at_end: str | None = None

    @property
    def ok(self) -> bool:
        return not self.violations


def expected_quotes(nlp, article_text: str) -> list[tuple[int, int, frozenset[str]]]:
    """What a complete analysis stores for this text: each quote's (start, end, topics)."""
    from app.nlp.contract import extract_quotes

    return [(q.start, q.end, frozenset(t[:200] for t in q.topics if t)) for q in extract_quotes(nlp(article_text))]


async def _load_then_kill(server: Server, state: LoadState, *, clients: int, duration: float, kill_after: float,
                          timeout: float) -> None:
    state.stop = asyncio.Event()

    async def killer() -> None:
        await asyncio.sleep(kill_after)
        # No new requests from here on; those in flight die with the server.
        state.expect_failures = True
        state.stop.set()
        await asyncio.to_thread(server.kill)

    kill_task = asyncio.create_task(killer())
    await run_load(server.base_url, state, clients=clients, duration=duration, timeout=timeout)
    await kill_task


def _repost(base_url: str, state: LoadState, shas: list[str], stored_ids: dict[str, int],
            expected: dict[str, list], report: FaultReport) -> None:
    """Re-POSTs each article that was in flight at the kill: 200 with the stored id if it was stored, else 201;
    either way the analysis must be complete."""
    counts = {"200": 0, "201": 0}
    with httpx.Client(base_url=base_url, timeout=120) as client:
        for sha in shas:
            article = state.sent[sha]
            response = client.post("/analyze", json=article.payload)
            if response.status_code not in (200, 201):
                report.violations.append(f"re-POST of n={article.n}: HTTP {response.status_code} {response.text[:200]}")
                continue
            body = response.json()
            counts[str(response.status_code)] += 1
            want = 200 if sha in stored_ids else 201
            if response.status_code != want:
                report.violations.append(f"re-POST of n={article.n}: {response.status_code}, expected {want} "
                                         f"({'stored' if sha in stored_ids else 'absent'} after the restart)")
            if sha in stored_ids and body["id"] != stored_ids[sha]:
                report.violations.append(f"re-POST of n={article.n}: id {body['id']}, stored as {stored_ids[sha]}")
            got = sorted((q["start"], q["end"], frozenset(q["topics"])) for q in body["quotes"])
            if got != sorted(expected[sha]) or body["quote_count"] != len(expected[sha]):
                report.violations.append(f"re-POST of n={article.n}: {body['quote_count']} quotes, a complete "
                                         f"analysis has {len(expected[sha])} (or spans/topics differ)")
            state.acked[sha] = Acknowledged.from_response(response.status_code, body)
    report.lines.append(f"   re-POSTed {len(shas)} articles in flight at the kill: {counts['200']} x 200 "
                        f"(were stored), {counts['201']} x 201 (were absent)")


def run_fault_scenario(
    database_url: str,
    *,
    nlp,
    workdir: Path,
    clients: int = 50,
    duration: float = 20.0,
    kill_after: float | None = None,
    after_duration: float = 5.0,
    workers: int = 2,
    max_requests: int = 20_000,
    timeout: float = 120.0,
) -> FaultReport:
    """`database_url` must already be migrated. Starts the server, runs the load, kills the server at `kill_after`
    seconds (default: half the duration), restarts it and checks everything; see the module docstring."""
    report = FaultReport()
    kill_after = duration / 2 if kill_after is None else kill_after
    server = Server(database_url, workers=workers, log_path=workdir / "server.log")
    server.start()
    report.lines.append(f"server up on {server.base_url}; worker memory {format_memory(server.memory())}")
    state = LoadState(factory=ArticleFactory(), max_requests=max_requests)
    try:
        began = time.monotonic()
        asyncio.run(_load_then_kill(server, state, clients=clients, duration=duration, kill_after=kill_after,
                                    timeout=timeout))
        elapsed = time.monotonic() - began
        report.errors_before_kill = len(state.errors)
        in_doubt = [sha for sha in state.sent if sha not in state.acked]
        report.in_flight_at_kill = len(in_doubt)
        report.acknowledged_before_kill = len(state.acked)
        report.lines += report_load(state, elapsed, title=f"load before the kill ({clients} clients, "
                                                          f"SIGKILL at {kill_after:.1f} s)")
        report.lines.append(f"   SIGKILLed server process group {server.process.pid}: "
                            f"exit code {server.process.returncode}")
        report.integrity_before_restart = integrity_check(database_url)
        report.lines.append(f"== integrity_check after the kill, before restart: {report.integrity_before_restart}")

        server.start()
        report.lines.append(f"server restarted on the same database; worker memory {format_memory(server.memory())}")
        report.integrity_after_restart = integrity_check(database_url)
        report.lines.append(f"== integrity_check after restart: {report.integrity_after_restart}")

        try:
            expected = {sha: expected_quotes(nlp, state.sent[sha].text) for sha in in_doubt}
        except Exception as error:  # noqa: BLE001 - e.g. app/nlp edited in the working tree mid-run
            raise RuntimeError(f"in-process analysis of the articles in flight failed ({error!r}); the pipeline "
                               "code may have changed on disk since the server started") from error
        check = check_database(database_url, state, expected=expected)
        report.lines += check.lines
        report.violations += check.violations
        engine = check_engine(database_url)
        try:
            stored_ids = {sha: rows[0].article_id for sha, rows in read_articles(engine, in_doubt).items()}
        finally:
            engine.dispose()
        _repost(server.base_url, state, in_doubt, stored_ids, expected, report)

        # The restarted server serves again.
        state.expect_failures = False
        state.stop = None
        before = {k: len(v) for k, v in state.latencies.items()}
        errors_before = len(state.errors)
        requests_before = state.requests
        began = time.monotonic()
        asyncio.run(run_load(server.base_url, state, clients=clients, duration=after_duration, timeout=timeout))
        elapsed = time.monotonic() - began
        report.errors_after_restart = len(state.errors) - errors_before
        served = state.requests - requests_before
        p50s = {k: sorted(v[before.get(k, 0):])[len(v[before.get(k, 0):]) // 2] for k, v in state.latencies.items()
                if len(v) > before.get(k, 0)}
        report.lines.append(f"== load after restart: {served} requests in {elapsed:.1f} s, "
                            f"{report.errors_after_restart} errors; p50 "
                            + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in sorted(p50s.items())))
        report.lines.append(f"   worker memory after the load: {format_memory(server.memory())}")
    finally:
        server.stop()
    for kind, what, _when in state.errors[:10]:
        report.lines.append(f"   error [{kind}] {what}")
    report.integrity_at_end = integrity_check(database_url)
    report.lines.append(f"== integrity_check at the end: {report.integrity_at_end}")
    final = check_database(database_url, state)
    report.lines += ["== final check (including re-POSTed and post-restart articles)"] + final.lines[1:]
    report.violations += final.violations
    if final.unacknowledged_stored or final.unacknowledged_absent:
        report.violations.append(f"after the re-POSTs, {len(final.unacknowledged_stored)} stored and "
                                 f"{len(final.unacknowledged_absent)} absent articles remain unacknowledged")
    if report.errors_before_kill or report.errors_after_restart:
        report.violations.append(f"errors: {report.errors_before_kill} before the kill, "
                                 f"{report.errors_after_restart} after the restart")
    if state.unexpected_200:
        report.violations.append(f"{len(state.unexpected_200)} distinct articles answered 200 (already stored)")
    for label, value in (("before restart", report.integrity_before_restart),
                         ("after restart", report.integrity_after_restart), ("at the end", report.integrity_at_end)):
        if value is not None and value != "ok":
            report.violations.append(f"integrity_check {label}: {value}")
    # Violations can repeat between the first and the final check.
    report.violations = list(dict.fromkeys(report.violations))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=20.0, help="seconds of load before the kill is due")
    parser.add_argument("--kill-after", type=float, default=None, help="seconds into the load (default: half)")
    parser.add_argument("--after", type=float, default=5.0, help="seconds of load after the restart")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--max-requests", type=int, default=20_000)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    if not (1 <= args.clients <= 500 and 0 < args.duration <= 600 and 0 <= args.after <= 600):
        parser.error("--clients must be 1..500, --duration 0..600 s, --after 0..600 s")

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="quotewise-fault-"))
    workdir.mkdir(parents=True, exist_ok=True)
    database_url = f"sqlite:///{workdir / 'fault.db'}"
    print(f"database {database_url}, server log {workdir / 'server.log'}")
    from app.nlp.pipeline import build_pipeline
    from app.settings import Settings

    nlp = build_pipeline(Settings().spacy_model)  # for the complete analysis of articles in flight at the kill
    migrate(database_url)
    report = run_fault_scenario(
        database_url, nlp=nlp, workdir=workdir, clients=args.clients, duration=args.duration,
        kill_after=args.kill_after, after_duration=args.after, workers=args.workers, max_requests=args.max_requests,
    )
    print("\n".join(report.lines))
    for violation in report.violations:
        print("VIOLATION", violation)
    print("RESULT:", "OK" if report.ok else f"FAIL ({len(report.violations)} violations)")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
