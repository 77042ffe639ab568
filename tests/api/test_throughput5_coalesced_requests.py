"""Through HTTP, with a scripted fake pipeline in one real worker process: POST /analyze requests that wait while the
worker is busy are analysed in one call (micro-batching), and each is answered with its own article; a text past
the deadline among them gets its 422 while its neighbours get 201; past the key's bound a request still gets 429
with Retry-After."""

from __future__ import annotations

import threading
import time

from fastapi.testclient import TestClient
from prometheus_client import REGISTRY

from app.services.analyzer import Analyzer
from tests.conftest import table_counts
from tests.fake_pipelines import scripted_analyzer


def _post_all(client: TestClient, texts: list[str]) -> list:
    """Posts each text from its own thread, in order, a little apart; returns the responses in the same order."""
    answers: list = [None] * len(texts)

    def post(index: int) -> None:
        answers[index] = client.post("/analyze", json={"text": texts[index], "title": f"title {index}"})

    threads = [threading.Thread(target=post, args=(index,)) for index in range(len(texts))]
    for thread in threads:
        thread.start()
        time.sleep(0.05)
    for thread in threads:
        thread.join(30)
    return answers


def _wait_until_admitted(analyzer: Analyzer, jobs: int) -> None:
    deadline = time.monotonic() + 5
    while analyzer.queue_length < jobs and time.monotonic() < deadline:
        time.sleep(0.01)


def _coalesced() -> float:
    return REGISTRY.get_sample_value("quotewise_analysis_coalesced_total") or 0.0


def _busy_worker(client: TestClient, analyzer: Analyzer, seconds: float) -> threading.Thread:
    """A request that occupies the (only) worker for `seconds`; returns once it is admitted."""
    blocker = threading.Thread(target=lambda: client.post("/analyze", json={"text": f"sleep {seconds}"}))
    blocker.start()
    _wait_until_admitted(analyzer, 1)
    return blocker


def test_waiting_requests_are_coalesced_each_answered_with_its_article_and_a_slow_one_alone_fails(
        app_client, engine):
    coalesced = _coalesced()
    with scripted_analyzer(timeout_s=1.0, queue_per_worker=8, queue_per_client=8) as analyzer, \
            app_client(analyzer=analyzer) as client:
        blocker = _busy_worker(client, analyzer, 0.8)
        texts = ["An article about the harbour.", "sleep 60", "An article about the school."]
        answers = _post_all(client, texts)
        blocker.join(30)
    assert [answer.status_code for answer in answers] == [201, 422, 201]
    for index in (0, 2):
        assert answers[index].json()["text"] == texts[index] and answers[index].json()["title"] == f"title {index}"
    assert "limit of 1 s" in answers[1].json()["detail"]
    assert _coalesced() - coalesced == 3
    assert table_counts(engine)["article"] == 3  # the blocker and the two neighbours


def test_past_the_keys_bound_429_while_requests_wait_to_be_coalesced(app_client):
    coalesced = _coalesced()
    with scripted_analyzer(timeout_s=5.0, queue_per_worker=8, queue_per_client=3) as analyzer, \
            app_client(analyzer=analyzer) as client:
        blocker = _busy_worker(client, analyzer, 1)
        waiting: list = []
        posts = [threading.Thread(target=lambda n=n: waiting.append(client.post("/analyze", json={"text": f"text {n}"})))
                 for n in range(2)]
        for post in posts:
            post.start()
        _wait_until_admitted(analyzer, 3)
        refused = client.post("/analyze", json={"text": "one too many"})
        for post in posts:
            post.join(30)
        blocker.join(30)
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
    assert sorted(answer.status_code for answer in waiting) == [201, 201]
    assert _coalesced() - coalesced == 2
