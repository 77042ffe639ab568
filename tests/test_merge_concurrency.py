"""An editor merges a speaker while an article quoting that speaker is being written: the new quote must end up on
the speaker it was merged into, not on the redirect, whichever order the database puts the two in."""

from __future__ import annotations

import threading

from sqlalchemy import text
from sqlmodel import Session

from app.services import storage
from app.services.speakers import merge_speakers
from tests.factories import quote, speaker_ids, store


def _store(engine, body: str, name: str) -> int:  # noqa: ANN001
    return store(engine, body, [quote(0, name)])


def _speaker_of(engine, article_id: int) -> int:  # noqa: ANN001
    (speaker_id,) = speaker_ids(engine, article_id)
    return speaker_id


def test_a_quote_written_during_a_merge_lands_on_the_merged_speaker(engine, monkeypatch):
    source = _speaker_of(engine, _store(engine, "First.", "Joe Bidden"))
    target = _speaker_of(engine, _store(engine, "Second.", "Joe Biden"))

    paused, resume = threading.Event(), threading.Event()
    upsert_topics = storage._upsert_topics

    def slow_upsert_topics(session, names):  # noqa: ANN001, ANN202 - after the speakers were matched
        paused.set()
        resume.wait(30)
        return upsert_topics(session, names)

    monkeypatch.setattr(storage, "_upsert_topics", slow_upsert_topics)
    outcome: dict[str, object] = {}

    def writer() -> None:
        try:
            outcome["article"] = _store(engine, "Third.", "Joe Bidden")
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            outcome["writer_error"] = repr(error)

    def editor() -> None:
        try:
            with Session(engine) as session:
                merge_speakers(session=session, speaker_id=source, into=target)
        except Exception as error:  # noqa: BLE001
            outcome["merge_error"] = repr(error)

    writing = threading.Thread(target=writer)
    writing.start()
    assert paused.wait(30)
    merging = threading.Thread(target=editor)
    merging.start()
    merging.join(1.5)  # blocked on the writer (PostgreSQL: the table lock; SQLite: the write lock)
    resume.set()
    writing.join(60)
    merging.join(60)
    assert "writer_error" not in outcome and "merge_error" not in outcome, outcome
    assert _speaker_of(engine, outcome["article"]) == target
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM quote WHERE speaker_id = :s"),
                                  {"s": source}).scalar_one() == 0
