"""Analyses waiting for the pool hold no thread of the event loop's thread pool (40 threads, where the sync GET
routes run): with more analyses waiting than that pool has threads, queries still answer at once."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

from tests.fake_pipelines import scripted_analyzer

WAITING = 60  # more than anyio's default thread-pool size (40)


def test_waiting_analyses_do_not_starve_the_query_routes(app_client):
    with scripted_analyzer(queue_per_worker=WAITING + 5, queue_per_client=WAITING + 5) as analyzer, \
            app_client(analyzer=analyzer) as client, \
            ThreadPoolExecutor(WAITING) as posters:
        # The first query's one-off costs (compiling its statements) are not the waiting analyses' doing.
        assert client.get("/quotes").status_code == 200 and client.get("/health").status_code == 200
        posts = [posters.submit(client.post, "/analyze", json={"text": f"sleep 0.1 #{i}"}) for i in range(WAITING)]
        deadline = time.monotonic() + 10
        while analyzer.queue_length < WAITING // 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert analyzer.queue_length >= WAITING // 2
        timings = []
        for _ in range(10):
            began = time.perf_counter()
            assert client.get("/quotes").status_code == 200
            assert client.get("/health").status_code == 200
            timings.append(time.perf_counter() - began)
        assert analyzer.queue_length > 0  # the queries were answered while analyses waited
        assert max(timings) < 1.0, timings
        assert sorted({post.result().status_code for post in posts}) == [201]
