"""A server process with more analyses admitted than its workers can run answers an analysis with
`Connection: close`, so that the client's next connection may go to another server process; an uncrowded one
keeps the connection alive."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.services.analyzer import Analyzer
from tests.fake_pipelines import scripted_analyzer


@pytest.fixture
def one_worker_app(app_client) -> Iterator[tuple[TestClient, Analyzer]]:
    with scripted_analyzer(timeout_s=10, queue_per_worker=8, queue_per_client=8) as analyzer, \
            app_client(analyzer=analyzer) as client:
        yield client, analyzer


def test_an_uncrowded_process_keeps_the_connection(one_worker_app):
    client, _ = one_worker_app
    for path, body in (("/analyze", {"text": "an article"}), ("/analyze/batch", {"articles": [{"text": "another"}]})):
        response = client.post(path, json=body)
        assert response.status_code in (200, 201)
        assert response.headers.get("connection") != "close"


def _post_while_others_queue_up(client: TestClient, analyzer: Analyzer, path: str, body: dict):  # noqa: ANN202
    """Posts an analysis that takes a moment; meanwhile two more jobs are admitted (one runs after it, one waits)."""
    answer: dict = {}
    posting = threading.Thread(target=lambda: answer.update(response=client.post(path, json=body)))
    posting.start()
    deadline = time.monotonic() + 5
    while analyzer.queue_length < 1 and time.monotonic() < deadline:
        time.sleep(0.01)
    others = [analyzer.submit(["sleep 0.5"]) for _ in range(2)]
    posting.join()
    for job in others:
        job.result()
    return answer["response"]


def test_a_crowded_process_asks_the_client_to_reconnect(one_worker_app):
    client, analyzer = one_worker_app
    for path, body in (("/analyze", {"text": "sleep 0.6"}), ("/analyze/batch", {"articles": [{"text": "sleep 0.7"}]})):
        response = _post_while_others_queue_up(client, analyzer, path, body)
        assert response.status_code in (200, 201)
        assert response.headers.get("connection") == "close"
