"""A server known to run as one process (`python -m app serve` with one worker) keeps a busy client's connection:
asking it to reconnect would only bring it back to the same process. One of several processes, or a process that
does not know how many there are, still sends clients away when crowded (tests/test_serve_balance.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.cli import build_parser
from app.services.analyzer import Analyzer
from app.settings import Settings
from tests.fake_pipelines import scripted_analyzer
from tests.test_serve_balance import _post_while_others_queue_up


@pytest.fixture
def crowdable_analyzer() -> Iterator[Analyzer]:
    with scripted_analyzer(timeout_s=10, queue_per_worker=8, queue_per_client=8) as analyzer:
        yield analyzer


@pytest.mark.parametrize(("processes", "closes"), [(1, False), (2, True), (0, True)])
def test_a_crowded_process_sends_clients_away_only_when_there_are_others(app_client, crowdable_analyzer, processes,
                                                                         closes):
    with app_client(analyzer=crowdable_analyzer, server_processes=processes) as client:
        for path, body in (("/analyze", {"text": "sleep 0.6"}),
                           ("/analyze/batch", {"articles": [{"text": "sleep 0.7"}]})):
            response = _post_while_others_queue_up(client, crowdable_analyzer, path, body)
            assert response.status_code in (200, 201)
            assert (response.headers.get("connection") == "close") is closes


def test_serve_tells_its_processes_how_many_there_are(monkeypatch):
    started: dict = {}
    monkeypatch.setattr("uvicorn.run", lambda *args, **kwargs: started.update(kwargs))
    monkeypatch.setattr("app.logging_setup.configure_logging", lambda _level: None)
    monkeypatch.setattr("app.cli.get_settings", Settings)  # not the cached settings of the test session
    monkeypatch.setenv("QUOTEWISE_SERVER_PROCESSES", "0")  # restored after the test
    for workers in (1, 3):
        args = build_parser().parse_args(["serve", "--workers", str(workers)])
        assert args.run(args) == 0
        assert started["workers"] == workers
        assert Settings().server_processes == workers
