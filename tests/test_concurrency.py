"""Concurrent writes: the same article POSTed at once (same text, or same URL) is stored once — one 201, the rest 200
with the same id — and different articles sharing speakers and topics all succeed without duplicate speaker or topic
rows. Both in process (threads through the TestClient, one engine) and against a real 2-worker server (two processes
racing on one database). Runs on SQLite and, with QUOTEWISE_TEST_DATABASE_URL set, on PostgreSQL."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import httpx
import pytest
from sqlalchemy import text

from bench._server import Server
from tests.conftest import SEED_TEXT, table_counts
from tests.threads import Hold, at_once, while_held

THREADS = 8


def _shared_speaker_article(i: int) -> str:
    return (
        f"Council members met on Tuesday for session {i}.\n\n"
        f"\u201cWe have reviewed {i + 3} reports on the budget,\u201d said Maria Lopez, a spokeswoman for the city "
        f"council.\n\n"
        f"\u201cThe hospital needs {i + 5} more nurses this winter,\u201d said David Okafor, the regional health "
        f"director."
    )


def _assert_stored_once(results: list[tuple[int, dict]], engine) -> int:
    statuses = Counter(status for status, _ in results)
    assert statuses == {201: 1, 200: len(results) - 1}, statuses
    ids = {body["id"] for _, body in results}
    assert len(ids) == 1, ids
    counts = {body["quote_count"] for _, body in results}
    assert len(counts) == 1, counts
    article_id = ids.pop()
    with engine.connect() as connection:
        stored_quotes = connection.execute(
            text("SELECT COUNT(*) FROM quote WHERE article_id = :id"), {"id": article_id}
        ).scalar_one()
    assert stored_quotes == counts.pop()
    return article_id


def _check_same_text(post, engine) -> None:
    before = table_counts(engine)["article"]
    results = at_once(post, [{"text": SEED_TEXT, "title": f"copy {i}"} for i in range(THREADS)])
    _assert_stored_once(results, engine)
    assert table_counts(engine)["article"] == before + 1


def _check_same_url(post, engine, url: str) -> None:
    before = table_counts(engine)["article"]
    # Different texts under one URL: the first stored wins, the others are answered with it.
    payloads = [{"text": _shared_speaker_article(100 + i), "url": url} for i in range(THREADS)]
    results = at_once(post, payloads)
    article_id = _assert_stored_once(results, engine)
    assert all(body["url"] == url for _, body in results)
    assert table_counts(engine)["article"] == before + 1
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM article WHERE url = :u"), {"u": url}).scalar_one() == 1
        assert connection.execute(text("SELECT id FROM article WHERE url = :u"), {"u": url}).scalar_one() == article_id


def _check_shared_speakers(post, engine) -> None:
    before = table_counts(engine)["article"]
    results = at_once(post, [{"text": _shared_speaker_article(i)} for i in range(THREADS)])
    assert [status for status, _ in results] == [201] * THREADS, [b for s, b in results if s != 201]
    assert len({body["id"] for _, body in results}) == THREADS
    assert table_counts(engine)["article"] == before + THREADS
    speaker_ids: dict[str, set[int]] = {}
    for _, body in results:
        assert body["quote_count"] == 2, body["quotes"]
        for quote in body["quotes"]:
            speaker_ids.setdefault(quote["speaker"]["name"], set()).add(quote["speaker"]["id"])
    assert set(speaker_ids) == {"Maria Lopez", "David Okafor"}
    assert all(len(ids) == 1 for ids in speaker_ids.values()), speaker_ids
    with engine.connect() as connection:
        duplicates = connection.execute(text(
            "SELECT name_key, kind, COUNT(*) FROM speaker GROUP BY name_key, kind HAVING COUNT(*) > 1")).all()
        assert duplicates == []
        assert connection.execute(text(
            "SELECT COUNT(*) FROM speaker WHERE name IN ('Maria Lopez', 'David Okafor')")).scalar_one() == 2
        assert connection.execute(text(
            "SELECT COUNT(*) FROM (SELECT name FROM topic GROUP BY name HAVING COUNT(*) > 1) d")).scalar_one() == 0
        for topic in ("budget", "hospital"):
            links = connection.execute(text(
                "SELECT COUNT(*) FROM quote_topic qt JOIN topic t ON t.id = qt.topic_id WHERE t.name = :n"),
                {"n": topic}).scalar_one()
            assert links >= THREADS, (topic, links)
        tokens = connection.execute(text(
            "SELECT COUNT(*) FROM (SELECT token, speaker_id FROM speaker_token GROUP BY token, speaker_id "
            "HAVING COUNT(*) > 1) d")).scalar_one()
        assert tokens == 0


# ------------------------------------------------------------------------------------------- in process


@pytest.fixture
def post_in_process(client) -> Callable[[dict], tuple[int, dict]]:
    def post(payload: dict) -> tuple[int, dict]:
        response = client.post("/analyze", json=payload)
        assert response.status_code in (200, 201), response.text
        return response.status_code, response.json()

    return post


def test_concurrent_posts_of_the_same_text_store_it_once(post_in_process, engine):
    _check_same_text(post_in_process, engine)


def test_concurrent_posts_of_the_same_url_store_it_once(post_in_process, engine):
    _check_same_url(post_in_process, engine, "https://news.example.org/2024/same-url")


def test_concurrent_articles_sharing_speakers_and_topics_all_succeed(post_in_process, engine):
    _check_shared_speakers(post_in_process, engine)


# ------------------------------------------------------------------------------- real 2-worker server


def test_two_worker_server_stores_concurrent_duplicates_once(database_url, engine, tmp_path):
    with Server(database_url, workers=2, log_path=tmp_path / "server.log") as server:

        def post(payload: dict) -> tuple[int, dict]:
            # One connection per request, so the requests are spread over both worker processes.
            with httpx.Client(base_url=server.base_url, timeout=120) as http:
                response = http.post("/analyze", json=payload)
            assert response.status_code in (200, 201), response.text
            return response.status_code, response.json()

        _check_same_text(post, engine)
        _check_same_url(post, engine, "https://news.example.org/2024/same-url-two-workers")
        _check_shared_speakers(post, engine)
        assert len(server.worker_pids()) == 2
    log = (tmp_path / "server.log").read_text(errors="replace")
    assert "Traceback" not in log, log[-3000:]


# ------------------------------------------------------------------- retraction racing with a new article


@pytest.mark.parametrize("pause", ["before_quotes", "before_commit"])
def test_retracting_the_last_article_of_a_speaker_while_another_quotes_them(engine, nlp, monkeypatch, pause):
    """Article 1 is the only one quoting Maria Lopez; it is retracted while article 2, quoting her too, is being
    written (paused after the speaker upsert, or just before commit). Article 2 must be stored with her as the
    speaker of its quote, whichever order the database puts the two transactions in. (On PostgreSQL the orphan
    sweep used to delete her row under the write — ON CONFLICT DO NOTHING takes no row lock — giving a foreign-key
    500 or a quote whose speaker was set to NULL; fixed in 96c5df9 by locking speaker and topic before the sweep.)"""
    from sqlmodel import Session

    from app.nlp.contract import extract_quotes
    from app.services import storage
    from app.services.articles import delete_article

    def article(i: int):
        body = _shared_speaker_article(i)
        return storage.ArticleInput(text=body), extract_quotes(nlp(body))

    first, first_quotes = article(1)
    with Session(engine) as session:
        first_id, _ = storage.store_article(session=session, article=first, quotes=first_quotes)
    second, second_quotes = article(2)

    if pause == "before_quotes":
        hold = Hold(monkeypatch, storage, "_upsert_topics")
    else:
        hold = Hold(monkeypatch, storage, "_write", after=True)

    def write() -> tuple[int, bool]:
        with Session(engine) as session:
            return storage.store_article(session=session, article=second, quotes=second_quotes)

    def retract() -> None:
        with Session(engine) as session:
            delete_article(session=session, article_id=first_id)

    # The retraction, meanwhile: SQLite, blocked on the write lock; PostgreSQL, done or blocked on a row lock.
    second_id, created = while_held(write, retract, hold)
    assert created
    with engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT q.speaker_id, s.name FROM quote q LEFT JOIN speaker s ON s.id = q.speaker_id "
            "WHERE q.article_id = :id"), {"id": second_id}).all()
        links = connection.execute(text(
            "SELECT COUNT(*) FROM quote_topic qt JOIN quote q ON q.id = qt.quote_id WHERE q.article_id = :id"),
            {"id": second_id}).scalar_one()
        assert connection.execute(text("SELECT COUNT(*) FROM article WHERE id = :id"), {"id": first_id}).scalar_one() == 0
    assert rows and all(name is not None for _, name in rows), rows
    assert {name for _, name in rows} == {"Maria Lopez", "David Okafor"}
    assert links >= 2
