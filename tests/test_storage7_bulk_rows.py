"""app.services.bulk hands rows to the driver as tuples: what it writes must be exactly what SQLAlchemy's own
executemany writes (the same JSON text, the same stored dates, the columns' Python-side defaults), on SQLite and
PostgreSQL, and a multi-row INSERT … RETURNING must return every row's id, across pages."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import bindparam, text, update
from sqlmodel import Session

from app.db import is_sqlite
from app.models import ArticleEntity, Quote, Topic
from app.services import bulk
from app.services.storage import ArticleInput, store_article

_QUOTE = Quote.__table__


def _quote_row(article_id: int, start: int) -> dict:
    return {"article_id": article_id, "speaker_id": None, "text": "Words é “quoted”", "start": start,
            "end": start + 5, "spans": [[1, 2], [3, 5]], "kind": "direct",
            "cue_text": None, "cue_start": None, "cue_end": None, "mention_text": "Ann", "mention_start": 1,
            "mention_end": 4, "role": None, "confidence": 0.25, "speaker_gender": "female", "entity_index": 0,
            "dated_at": datetime(2024, 5, 1, 12, 30, 15, 250, tzinfo=timezone.utc), "status": "unreviewed",
            "origin": "pipeline"}


def _raw(engine, sql: str) -> list[tuple]:  # noqa: ANN001
    """The stored values as the database holds them (no SQLAlchemy result processing)."""
    with engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql(sql).all()]


def _article(engine) -> int:  # noqa: ANN001
    with Session(engine) as session:
        article_id, _ = store_article(session=session, article=ArticleInput(text="Bulk rows."), quotes=[])
    return article_id


def test_rows_written_as_tuples_are_stored_exactly_as_sqlalchemy_stores_them(engine) -> None:
    article_id = _article(engine)
    with Session(engine) as session:
        connection = session.connection()
        connection.execute(_QUOTE.insert(), [_quote_row(article_id, 10), _quote_row(article_id, 20)])
        bulk.executemany(connection, _QUOTE.insert(), [_quote_row(article_id, 30), _quote_row(article_id, 40)])
        session.commit()
    columns = "text, spans, confidence, speaker_gender, entity_index, dated_at, status, origin, pipeline_said"
    ours, theirs = (_raw(engine, f"SELECT {columns} FROM quote WHERE start IN {starts} ORDER BY start")
                    for starts in ("(30, 40)", "(10, 20)"))
    assert ours == theirs
    assert len(ours) == 2


def test_a_python_side_default_is_filled_in_as_sqlalchemy_fills_it(engine) -> None:
    with Session(engine) as session:
        bulk.executemany(session.connection(), Topic.__table__.insert(), [{"name": "tariff"}, {"name": "trade"}])
        session.commit()
    assert _raw(engine, "SELECT name, quote_count FROM topic ORDER BY name") == [("tariff", 0), ("trade", 0)]


def test_entity_rows_with_lists_and_booleans_read_back_equal(engine) -> None:
    article_id = _article(engine)
    row = {"article_id": article_id, "position": 0, "name": "Ann Ortiz", "kind": "person",
           "aliases": ["Ortiz", "Ann"], "roles": ["the minister"], "gender": None, "plural": True}
    with Session(engine) as session:
        bulk.executemany(session.connection(), ArticleEntity.__table__.insert(), [row])
        session.commit()
        stored = session.get(ArticleEntity, (article_id, 0))
        assert stored is not None
        assert stored.model_dump() == row


def test_an_update_takes_its_rows_in_the_statements_parameter_order(engine) -> None:
    with Session(engine) as session:
        bulk.executemany(session.connection(), Topic.__table__.insert(), [{"name": "a"}, {"name": "b"}])
        ids = dict(session.connection().execute(text("SELECT name, id FROM topic")).all())
        add = (update(Topic.__table__).where(Topic.__table__.c.id == bindparam("topic_id"))
               .values(quote_count=Topic.__table__.c.quote_count + bindparam("delta")))
        bulk.executemany(session.connection(), add, [{"topic_id": ids["a"], "delta": 3}, {"delta": 5, "topic_id": ids["b"]}])
        session.commit()
    assert _raw(engine, "SELECT name, quote_count FROM topic ORDER BY name") == [("a", 3), ("b", 5)]


def test_insert_returning_returns_every_rows_id_across_pages(engine, monkeypatch) -> None:
    """On SQLite in the rows' order once sorted, which storage relies on (storage._INSERT_QUOTES)."""
    monkeypatch.setattr(bulk, "PAGE_ROWS", 3)
    article_id = _article(engine)
    starts = [50, 10, 40, 20, 30, 60, 70]
    with Session(engine) as session:
        returned = bulk.insert_returning(session.connection(), _QUOTE.insert().returning(_QUOTE.c.id),
                                         [_quote_row(article_id, start) for start in starts])
        session.commit()
    ids = sorted(quote_id for quote_id, in returned)
    by_id = dict(_raw(engine, f"SELECT id, start FROM quote WHERE article_id = {article_id}"))
    assert sorted(by_id) == ids
    if is_sqlite(str(engine.url)):
        assert [by_id[quote_id] for quote_id in ids] == starts
    else:
        assert sorted(by_id[quote_id] for quote_id in ids) == sorted(starts)


def test_a_row_missing_a_value_the_first_row_gives_is_refused_not_written_as_null(engine) -> None:
    with Session(engine) as session, pytest.raises(KeyError):
        bulk.executemany(session.connection(), Topic.__table__.insert(), [{"name": "a", "quote_count": 2}, {"name": "b"}])
