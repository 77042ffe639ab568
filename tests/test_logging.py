"""Operating the service: one JSON log line per request with its fields, the request id accepted and returned,
named API keys in logs (never secrets), /metrics, GZip, and no database password in any output."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
from collections.abc import Callable, Iterator

import pytest

from app.logging_setup import json_handler
from app.settings import Settings
from tests.conftest import PROJECT_ROOT

PASSWORD = "s3cret-Pa55word"
PG_URL = f"postgresql+psycopg://quotewise:{PASSWORD}@127.0.0.1:1/quotewise"


@pytest.fixture
def log_lines() -> Iterator[Callable[[], list[dict]]]:
    """Call it to get the JSON lines logged since the test began."""
    stream = io.StringIO()
    handler = json_handler(stream)
    logging.getLogger().addHandler(handler)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    logging.getLogger().removeHandler(handler)


def test_one_json_line_per_request_with_the_analysis_fields(app_client, log_lines):
    with app_client(api_keys="cms:secret-one,secret-two", open_access=False) as client:
        text = "“Nobody was hurt,” said Laura Diaz, the fire commissioner."
        request_id = "3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b"
        response = client.post("/analyze", json={"text": text},
                               headers={"X-API-Key": "secret-one", "X-Request-ID": request_id})
        assert response.status_code == 201
        assert response.headers["x-request-id"] == request_id
        assert client.get("/health").headers["x-request-id"]  # generated when not sent
    lines = log_lines()
    line = next(line for line in lines if line.get("event") == "request" and line["path"] == "/analyze")
    assert line["method"] == "POST" and line["status"] == 201 and line["duration_ms"] > 0
    assert line["request_id"] == request_id and line["api_key"] == "cms"
    assert line["article_chars"] == len(text) and line["quotes"] == 1 and line["parse_s"] > 0
    assert line["level"] == "info" and "timestamp" in line
    assert not any("secret-one" in json.dumps(entry) for entry in lines)


def test_bare_and_named_keys_get_names():
    keys = Settings(api_keys="cms:secret1, desk:secret2,bare-secret").named_api_keys
    assert keys == {"secret1": "cms", "secret2": "desk", "bare-secret": "key3"}


def test_metrics_and_gzip(client, seeded):
    client.get("/quotes")
    metrics = client.get("/metrics")
    assert metrics.status_code == 200
    body = metrics.text
    assert 'quotewise_analyses_total{outcome="ok"}' in body
    assert "quotewise_parse_seconds_bucket" in body and "quotewise_analysis_queue_length" in body
    # The instrumentator's collectors are registered once per process (the first app built in this test run).
    assert "http_requests_total{" in body and "http_request_duration_seconds_bucket" in body
    article = client.get(f"/articles/{seeded['id']}", headers={"Accept-Encoding": "gzip"})
    assert article.headers["content-encoding"] == "gzip" and article.json()["id"] == seeded["id"]


def test_the_database_password_appears_in_no_output(app_client, log_lines):
    assert PASSWORD not in repr(Settings(database_url=PG_URL))
    assert PASSWORD not in Settings(database_url=PG_URL).safe_database_url
    with app_client(database_url=PG_URL) as client:
        client.get("/health")
    lines = log_lines()
    assert any(line.get("event") == "ready" for line in lines)
    assert not any(PASSWORD in json.dumps(line) for line in lines)
    env = dict(os.environ, QUOTEWISE_DATABASE_URL=PG_URL, QUOTEWISE_OPEN_ACCESS="true")
    for command in (["migrate"], ["seed"], ["serve", "--port", "1"]):
        result = subprocess.run([sys.executable, "-m", "app", *command], cwd=PROJECT_ROOT, env=env,
                                capture_output=True, text=True, timeout=120)
        output = result.stdout + result.stderr
        assert result.returncode != 0, output  # nothing listens on port 1
        assert PASSWORD not in output, output[-2000:]
