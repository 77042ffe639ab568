"""Migrations 0006 (group members) and 0007 (alias counts) on a database that already holds articles, speakers,
aliases and a group: every row is kept, existing aliases count as seen once, new articles then store the members,
and the downgrade drops only what the two added."""

from __future__ import annotations

from alembic.command import downgrade, upgrade
from sqlalchemy import text
from sqlmodel import Session

from app.migrations import assert_schema_is_current
from app.services.storage import ArticleInput, store_article
from tests.conftest import downgraded
from tests.factories import quote

GROUP = "Ann Ortiz and Bill Crane"


def _rows(engine) -> dict[str, list[tuple]]:  # noqa: ANN001
    with engine.connect() as connection:
        return {table: [tuple(r) for r in connection.execute(text(f"SELECT {columns} FROM {table} ORDER BY 1, 2"))]
                for table, columns in (("quote", "id, speaker_id, article_id, text"), ("speaker", "id, name, kind"),
                                       ("speaker_alias", "speaker_id, match_key"))}


def test_populated_database_upgrades_and_downgrades_with_group_members_and_alias_counts(database_url):
    with downgraded(database_url, "0005") as (config, engine):
        with engine.begin() as connection:
            assert "speaker_member" not in {r[0] for r in connection.execute(text(
                "SELECT table_name FROM information_schema.tables") if engine.dialect.name == "postgresql"
                else text("SELECT name FROM sqlite_master WHERE type = 'table'"))}
        with Session(engine) as session:  # storage as of 0005 writes no members: only the group itself
            session.execute(text(
                "INSERT INTO article (text_sha256, created_at, text) VALUES ('a', CURRENT_TIMESTAMP, 'Old one.')"))
            session.execute(text("INSERT INTO speaker (name, name_key, kind, named) "
                                 "VALUES (:n, :k, 'group', true), ('Ann Ortiz', 'ann ortiz', 'person', true)"),
                            {"n": GROUP, "k": GROUP.lower()})
            session.execute(text("INSERT INTO speaker_alias (speaker_id, match_key, name) "
                                 "SELECT id, name_key, name FROM speaker WHERE kind = 'person'"))
            session.execute(text(
                "INSERT INTO quote (article_id, speaker_id, text, start, \"end\", spans, kind, confidence, dated_at) "
                "SELECT a.id, s.id, 'old', 0, 3, '[[0, 3]]', 'direct', 0.9, CURRENT_TIMESTAMP "
                "FROM article a, speaker s"))
            session.commit()
        before = _rows(engine)
        assert len(before["quote"]) == 2

        upgrade(config, "head")
        assert_schema_is_current(engine)
        assert _rows(engine) == before
        with engine.connect() as connection:  # 0007: every existing form counts as seen once
            assert connection.execute(text("SELECT name, seen FROM speaker_alias")).all() == [("Ann Ortiz", 1)]
        with Session(engine) as session:
            store_article(session=session, article=ArticleInput(text="New one."),
                          quotes=[quote(0, GROUP, kind="group", members=("Ann Ortiz", "Bill Crane"))])
        with engine.connect() as connection:
            members = connection.execute(text(
                "SELECT g.name, m.name, sm.position FROM speaker_member sm JOIN speaker g ON g.id = sm.group_id "
                "JOIN speaker m ON m.id = sm.member_id ORDER BY sm.position")).all()
        assert [tuple(m) for m in members] == [(GROUP, "Ann Ortiz", 0), (GROUP, "Bill Crane", 1)]
        after = _rows(engine)
        assert after["quote"][:2] == before["quote"]  # the new group quote joined the old group, not a copy
        assert {q[1] for q in after["quote"]} == {q[1] for q in before["quote"]}

        downgrade(config, "0005")
        assert _rows(engine)["quote"] == after["quote"]
