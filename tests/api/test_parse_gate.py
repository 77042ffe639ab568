"""One worker parses `parses_per_worker` articles at a time (one parser executor, shared by /analyze and
/analyze/batch), so queries are not starved by a burst of posts."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings


class CountingPipeline:
    """Wraps the real pipeline and records the most parses that ran at the same time."""

    def __init__(self, nlp) -> None:
        self._nlp = nlp
        self._lock = threading.Lock()
        self.running = 0
        self.most_at_once = 0

    def __call__(self, text):
        with self._lock:
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        try:
            time.sleep(0.05)
            return self._nlp(text)
        finally:
            with self._lock:
                self.running -= 1


def test_parses_are_bounded_per_worker(database_url, nlp, engine):
    counting = CountingPipeline(nlp)
    app = create_app(Settings(database_url=database_url, open_access=True, parses_per_worker=1), nlp=counting,
                     engine=engine)
    with TestClient(app) as client, ThreadPoolExecutor(6) as pool:
        texts = [f"“Report {i} is ready,” said Dana Park." for i in range(6)]
        statuses = list(pool.map(lambda t: client.post("/analyze", json={"text": t}).status_code, texts))
    assert statuses == [201] * 6
    assert counting.most_at_once == 1
