"""0005 (review desk) on a database that already holds articles: existing quotes become unreviewed pipeline quotes,
the full-text index still follows the quote table, and the downgrade keeps the data."""

from __future__ import annotations

from alembic.command import downgrade, upgrade
from sqlalchemy import text

from tests.conftest import downgraded

BEFORE_DESK = "0004"


def _populate(engine) -> None:  # noqa: ANN001
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO article (id, text_sha256, title, created_at, text) "
            "VALUES (1, 'abc', 'Old article', '2024-01-01 00:00:00+00:00', '\u201cWe will vote,\u201d she said.')"))
        connection.execute(text("INSERT INTO speaker (id, name, name_key, kind) VALUES (1, 'Ann Ortiz', 'ann ortiz', 'person')"))
        connection.execute(text(
            "INSERT INTO quote (id, article_id, speaker_id, text, start, \"end\", spans, kind, confidence, dated_at) "
            "VALUES (1, 1, 1, 'We will vote,', 1, 14, '[[1, 14]]', 'direct', 0.9, '2024-01-01 00:00:00+00:00')"))


def test_upgrade_keeps_existing_quotes_and_marks_them_unreviewed(database_url):
    with downgraded(database_url, BEFORE_DESK) as (config, engine):
        _populate(engine)
        upgrade(config, "head")
        with engine.connect() as connection:
            row = connection.execute(text("SELECT status, origin, pipeline_said FROM quote WHERE id = 1")).one()
            assert tuple(row) == ("unreviewed", "pipeline", None)
            assert connection.execute(text("SELECT pipeline_version FROM article WHERE id = 1")).scalar_one() is None
            assert connection.execute(text("SELECT COUNT(*) FROM quote_correction")).scalar_one() == 0
        with engine.begin() as connection:  # the new table takes rows and follows its article
            connection.execute(text(
                "INSERT INTO quote_correction (article_id, quote_id, author, made_at, field, before, after) "
                "VALUES (1, 1, 'desk', '2024-01-02 00:00:00+00:00', 'status', '\"unreviewed\"', '\"rejected\"')"))
            connection.execute(text("UPDATE quote SET status = 'rejected' WHERE id = 1"))
        if engine.dialect.name == "sqlite":  # the FTS triggers on quote survived the column additions
            with engine.connect() as connection:
                hits = connection.execute(text("SELECT rowid FROM quote_fts WHERE quote_fts MATCH 'vote'")).all()
                assert [tuple(h) for h in hits] == [(1,)]
        downgrade(config, BEFORE_DESK)
        with engine.connect() as connection:
            assert connection.execute(text("SELECT text FROM quote WHERE id = 1")).scalar_one() == "We will vote,"
        upgrade(config, "head")
        engine.dispose()  # connections opened before the columns were dropped keep a stale schema
        with engine.begin() as connection:
            connection.execute(text("DELETE FROM article WHERE id = 1"))
            assert connection.execute(text("SELECT COUNT(*) FROM quote_correction")).scalar_one() == 0
