"""Through HTTP, with a scripted fake pipeline in real worker processes: an analysis past the deadline is answered
422 (length and limit named, nothing stored) while GET /health keeps answering; past the queue bounds 429/503 with
Retry-After; the batch reports a stopped article as that article's failure."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.services.analyzer import Analyzer
from tests.conftest import table_counts
from tests.fake_pipelines import scripted_analyzer


@pytest.fixture
def slow_app(app_client) -> Iterator[tuple[TestClient, Analyzer]]:
    with scripted_analyzer(timeout_s=1.5, queue_per_worker=2, queue_per_client=1) as analyzer, \
            app_client(analyzer=analyzer) as client:
        yield client, analyzer


def test_past_the_deadline_422_nothing_stored_and_health_answers_meanwhile(slow_app, engine):
    client, _ = slow_app
    assert client.get("/health").status_code == 200  # the first request's one-off costs are not the parse's doing
    answer: dict = {}
    posting = threading.Thread(target=lambda: answer.update(r=client.post("/analyze", json={"text": "sleep 60"})))
    posting.start()
    health_times = []
    while posting.is_alive():
        began = time.perf_counter()
        assert client.get("/health").status_code == 200
        health_times.append(time.perf_counter() - began)
        time.sleep(0.05)
    posting.join()
    response = answer["r"]
    assert response.status_code == 422
    assert "8-character text" in response.json()["detail"] and "1.5 s" in response.json()["detail"]
    assert len(health_times) >= 10 and max(health_times) < 0.5, health_times
    assert table_counts(engine)["article"] == 0
    assert client.post("/analyze", json={"text": "a text after the timeout"}).status_code == 201


def test_batch_reports_the_stopped_article_as_its_failure(slow_app, engine):
    client, _ = slow_app
    response = client.post("/analyze/batch", json={"articles": [{"text": "one"}, {"text": "sleep 60"},
                                                                 {"text": "three"}]})
    assert response.status_code == 200
    assert [r["status"] for r in response.json()["results"]] == [201, 422, 201]
    assert table_counts(engine)["article"] == 2


def test_too_many_analyses_of_one_key_429_and_a_full_queue_503_with_retry_after(slow_app):
    client, analyzer = slow_app
    first = threading.Thread(target=lambda: client.post("/analyze", json={"text": "sleep 1"}))
    first.start()
    deadline = time.monotonic() + 5
    while analyzer.queue_length == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    throttled = client.post("/analyze", json={"text": "second"})
    assert throttled.status_code == 429, throttled.text
    assert int(throttled.headers["retry-after"]) >= 1
    assert "anonymous" in throttled.json()["detail"]
    analyzer.submit(["sleep 1"], client="other")  # the pool's bound is 2: now full
    busy = client.post("/analyze/batch", json={"articles": [{"text": "third"}]})
    assert busy.status_code == 503 and int(busy.headers["retry-after"]) >= 1
    first.join()
