"""An editor merges a speaker while an article quoting that speaker is being written: the new quote must end up on
the speaker it was merged into, not on the redirect, whichever order the database puts the two in."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from app.services import storage
from app.services.speakers import merge_speakers
from tests.factories import quote, speaker_ids, store
from tests.threads import Hold, while_held


def _store(engine, body: str, name: str) -> int:  # noqa: ANN001
    return store(engine, body, [quote(0, name)])


def _speaker_of(engine, article_id: int) -> int:  # noqa: ANN001
    (speaker_id,) = speaker_ids(engine, article_id)
    return speaker_id


def test_a_quote_written_during_a_merge_lands_on_the_merged_speaker(engine, monkeypatch):
    source = _speaker_of(engine, _store(engine, "First.", "Joe Bidden"))
    target = _speaker_of(engine, _store(engine, "Second.", "Joe Biden"))

    hold = Hold(monkeypatch, storage, "_upsert_topics")  # after the speakers were matched

    def merge() -> None:
        with Session(engine) as session:
            merge_speakers(session=session, speaker_id=source, into=target)

    # The merge, meanwhile, blocks on the writer (PostgreSQL: the table lock; SQLite: the write lock).
    article = while_held(lambda: _store(engine, "Third.", "Joe Bidden"), merge, hold)
    assert _speaker_of(engine, article) == target
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM quote WHERE speaker_id = :s"),
                                  {"s": source}).scalar_one() == 0
