"""The fault scenario of bench/fault.py, shortened for CI: a real 2-worker server under load from 10 clients is
SIGKILLed (whole process group) mid-load, restarted on the same database, and then the database must pass
`PRAGMA integrity_check` (SQLite) and the invariant — every acknowledged article stored exactly once with all its
quotes and topic links; articles in flight at the kill either absent or complete, and re-POSTing them gives 200
(stored) or 201 (absent) with the complete analysis — and the restarted server serves load with 0 errors."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from bench.fault import run_fault_scenario


def test_sigkill_mid_load_loses_nothing_acknowledged_and_leaves_no_partial_article(database_url, nlp, tmp_path):
    report = run_fault_scenario(
        database_url, nlp=nlp, workdir=tmp_path, clients=10, duration=8.0, kill_after=4.0, after_duration=2.0,
        max_requests=2_000, timeout=60.0,
    )
    summary = "\n".join(report.lines + [f"VIOLATION {v}" for v in report.violations])
    assert report.ok, summary
    assert report.acknowledged_before_kill > 0, summary  # the kill did come in the middle of a working load
    assert report.errors_before_kill == 0 and report.errors_after_restart == 0, summary
    if make_url(database_url).get_backend_name() == "sqlite":
        assert report.integrity_before_restart == "ok", summary
        assert report.integrity_after_restart == "ok", summary
        assert report.integrity_at_end == "ok", summary
