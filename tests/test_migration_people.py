"""Migration 0004 on a database that already holds articles: today's speakers become the archive's identities
without any quote losing, changing or duplicating its speaker, and the downgrade gives them back as they were."""

from __future__ import annotations

from datetime import datetime, timezone

from alembic.command import downgrade, upgrade
from sqlalchemy import MetaData, Table, text
from sqlmodel import Session

from app.migrations import assert_schema_is_current
from app.services.storage import ArticleInput, store_article
from tests.conftest import downgraded
from tests.factories import quote

SPEAKERS = [  # id, name, name_key, kind: as the storage of revision 0003 wrote them
    (1, "Matthew Miller", "matthew miller", "person"),
    (2, "The Washington Post", "the washington post", "organization"),
    (3, "a senior official", "a senior official @1", "person"),
    (4, "He", "he @2", "unknown"),
    (5, "Miller", "miller @2", "person"),
]
QUOTES = [(1, 1, 1), (2, 1, 2), (3, 1, 3), (4, 1, None), (5, 2, 1), (6, 2, 4), (7, 2, 5), (8, 2, 1)]


def _fill_at_0003(engine) -> None:  # noqa: ANN001
    with engine.begin() as connection:
        tables = {name: Table(name, MetaData(), autoload_with=connection)
                  for name in ("article", "speaker", "speaker_token", "quote", "topic", "quote_topic")}
        day = datetime(2024, 5, 1, tzinfo=timezone.utc)
        connection.execute(tables["article"].insert(), [
            {"id": n, "text_sha256": f"{n:064d}", "created_at": day, "published_at": day, "source": "Post",
             "text": f"Article {n}"} for n in (1, 2)])
        connection.execute(tables["speaker"].insert(), [
            {"id": i, "name": name, "name_key": key, "kind": kind} for i, name, key, kind in SPEAKERS])
        connection.execute(tables["speaker_token"].insert(), [
            {"token": token, "speaker_id": i} for i, name, _, _ in SPEAKERS for token in name.lower().split()])
        connection.execute(tables["quote"].insert(), [
            {"id": q, "article_id": a, "speaker_id": s, "text": f"quote {q}", "start": 0, "end": 7,
             "spans": [[0, 7]], "kind": "direct", "confidence": 0.8, "dated_at": day, "role": "Spokesman"}
            for q, a, s in QUOTES])
        connection.execute(tables["topic"].insert(), [{"id": 1, "name": "budget", "quote_count": 2}])
        connection.execute(tables["quote_topic"].insert(), [{"topic_id": 1, "quote_id": 1},
                                                            {"topic_id": 1, "quote_id": 5}])
        if engine.dialect.name == "postgresql":  # rows were inserted with explicit ids
            for table in ("article", "speaker", "quote", "topic"):
                connection.execute(text(f"SELECT setval('{table}_id_seq', (SELECT MAX(id) FROM {table}))"))


def _quotes(engine) -> list[tuple]:  # noqa: ANN001
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(
            "SELECT id, article_id, speaker_id, text FROM quote ORDER BY id")).all()]


def test_populated_database_upgrades_and_downgrades_without_losing_a_quote(database_url):
    with downgraded(database_url, "0003") as (config, engine):
        _fill_at_0003(engine)
        before = _quotes(engine)
        assert [(q[0], q[2]) for q in before] == [(q, s) for q, _, s in QUOTES]

        upgrade(config, "head")
        assert_schema_is_current(engine)
        assert _quotes(engine) == before
        with engine.connect() as connection:
            named = dict(connection.execute(text("SELECT id, named FROM speaker")).all())
            aliases = connection.execute(text(
                "SELECT speaker_id, match_key, name FROM speaker_alias ORDER BY speaker_id")).all()
            links = connection.execute(text("SELECT COUNT(*) FROM quote_topic")).scalar_one()
        assert {i: bool(v) for i, v in named.items()} == {1: True, 2: True, 3: False, 4: False, 5: True}
        assert [tuple(a) for a in aliases] == [(1, "matthew miller", "Matthew Miller"),
                                               (2, "washington post", "The Washington Post")]
        assert links == 2

        # The migrated identities are matched by new articles: another form of the name finds the same speaker.
        with Session(engine) as session:
            article_id, _ = store_article(session=session, article=ArticleInput(text="A new article."), quotes=[
                quote(0, name, kind=kind)
                for name, kind in (("Matthew J. Miller", "person"), ("Washington Post", "organization"))])
            new = session.execute(text("SELECT speaker_id FROM quote WHERE article_id = :a ORDER BY speaker_id"),
                                  {"a": article_id}).scalars().all()
        assert new == [1, 2]

        downgrade(config, "0003")
        assert _quotes(engine)[: len(before)] == before
