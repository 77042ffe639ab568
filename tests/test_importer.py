"""The archive importer: .jsonl and folders of .txt, resumable, failures reported without stopping; with the session's
Analyzer, and once through the command line with two worker processes of its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app.importer import read_archive, run_import
from app.settings import Settings
from tests.conftest import PROJECT_ROOT, table_counts

ARTICLES = [
    {"id": "a1", "text": "“We will rebuild the bridge by spring,” said Jane Okafor, the mayor of Riverton.",
     "title": "Bridge", "url": "https://example.org/bridge", "source": "Riverton Post",
     "published_at": "2024-03-01T08:00:00Z"},
    {"id": "a2", "text": "“Prices will fall next year,” the economist Tomas Berg told reporters on Monday."},
    {"id": "a3", "text": "The council met on Tuesday. “The budget is balanced,” said treasurer Ana Silva."},
]


def _write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def _import(path: Path, database_url: str, analyzer, **kwargs):
    return run_import(path, settings=Settings(database_url=database_url), progress=False, analyzer=analyzer,
                      **kwargs)


def test_jsonl_is_imported_then_skipped_on_a_second_run(tmp_path, database_url, engine, analyzer):
    archive = _write_jsonl(tmp_path / "archive.jsonl", ARTICLES)
    report = _import(archive, database_url, analyzer, batch_size=2)
    assert (report.stored, report.skipped, report.failures) == (3, 0, [])
    counts = table_counts(engine)
    assert counts["article"] == 3 and counts["quote"] >= 3
    with engine.connect() as connection:
        row = connection.execute(text("SELECT title, source, url, published_at FROM article WHERE title = 'Bridge'")).one()
        speakers = set(connection.execute(text("SELECT name FROM speaker")).scalars())
    assert row.source == "Riverton Post" and row.url == "https://example.org/bridge"
    assert str(row.published_at).startswith("2024-03-01 08:00:00")
    assert "Jane Okafor" in speakers

    again = _import(archive, database_url, analyzer)
    assert (again.stored, again.skipped, again.failures) == (0, 3, [])
    assert table_counts(engine) == counts


def test_bad_records_are_reported_and_do_not_stop_the_import(tmp_path, database_url, engine, analyzer):
    archive = _write_jsonl(tmp_path / "mixed.jsonl", [
        ARTICLES[0],
        "{not json",
        {"id": "no-text", "title": "nothing"},
        {"id": "html", "text": "<p>markup</p>"},
        {"id": "bad-date", "text": "Some text.", "published_at": "yesterday"},
        ARTICLES[1],
        ARTICLES[1] | {"id": "dup"},
    ])
    report = _import(archive, database_url, analyzer, batch_size=3)
    assert report.stored == 2 and report.skipped == 1
    failed = dict(report.failures)
    assert len(failed) == 4
    assert any("mixed.jsonl:2" == key and "unreadable" in msg for key, msg in failed.items())
    assert any("no-text" in key and "text" in msg for key, msg in failed.items())
    assert any("html" in key and "HTML" in msg for key, msg in failed.items())
    assert any("bad-date" in key for key in failed)
    assert table_counts(engine)["article"] == 2


def test_a_folder_of_txt_files_uses_the_first_line_as_title(tmp_path, database_url, engine, analyzer):
    folder = tmp_path / "texts"
    (folder / "2024").mkdir(parents=True)
    (folder / "bridge.txt").write_text("Bridge to reopen\n\n" + ARTICLES[0]["text"], encoding="utf-8")
    (folder / "2024" / "prices.txt").write_text(ARTICLES[1]["text"], encoding="utf-8")
    (folder / "2024" / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "notes.md").write_text("ignored", encoding="utf-8")
    assert [r.key for r in read_archive(folder)] == ["2024/empty.txt", "2024/prices.txt", "bridge.txt"]

    report = _import(folder, database_url, analyzer)
    assert (report.stored, report.skipped) == (2, 0)
    assert [key for key, _ in report.failures] == ["2024/empty.txt"]
    with engine.connect() as connection:
        titles = set(connection.execute(text("SELECT title FROM article")).scalars())
    assert "Bridge to reopen" in titles and any(t and t.startswith("“Prices will fall") for t in titles)


def test_the_command_line_imports_with_two_workers_and_exits_non_zero_on_failures(tmp_path, database_url, engine):
    archive = _write_jsonl(tmp_path / "archive.jsonl", ARTICLES + [{"id": "empty", "text": " "}])
    env = dict(os.environ, QUOTEWISE_DATABASE_URL=database_url)
    command = [sys.executable, "-m", "app", "import", str(archive), "--workers", "2", "--batch-size", "1"]
    result = subprocess.run(command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr
    assert "3 stored, 0 already stored, 1 failed" in result.stdout
    assert "empty" in result.stdout.split("failures:")[1]
    assert "article/s" in result.stderr  # the progress bar
    assert table_counts(engine)["article"] == 3

    again = subprocess.run(command[:-4] + ["--workers", "1", "--no-progress"], cwd=PROJECT_ROOT, env=env,
                           capture_output=True, text=True, timeout=300)
    assert "0 stored, 3 already stored, 1 failed" in again.stdout


@pytest.mark.parametrize("arguments", [["missing.jsonl"], ["archive.jsonl", "--workers", "0"]])
def test_the_command_line_refuses_bad_arguments(tmp_path, database_url, arguments):
    _write_jsonl(tmp_path / "archive.jsonl", ARTICLES[:1])
    env = dict(os.environ, QUOTEWISE_DATABASE_URL=database_url)
    result = subprocess.run([sys.executable, "-m", "app", "import", *arguments], cwd=tmp_path,
                            env=env | {"PYTHONPATH": str(PROJECT_ROOT)}, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "cannot import" in result.stderr or "at least 1" in result.stderr
