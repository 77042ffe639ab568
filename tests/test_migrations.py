"""Alembic is the only schema authority: the migrated database must be exactly what the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.command import upgrade
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

from app import models  # noqa: F401
from app.db import is_sqlite
from app.migrations import assert_schema_is_current, include_object
from tests.conftest import downgraded


def test_migrated_schema_matches_the_models(engine):
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": include_object, "compare_type": True}
        )
        assert compare_metadata(context, SQLModel.metadata) == []


def test_migrated_database_is_at_head(engine):
    assert_schema_is_current(engine)


def test_full_text_index_is_built_by_the_migration(engine):
    inspector = inspect(engine)
    if is_sqlite(str(engine.url)):
        assert "quote_fts" in inspector.get_table_names()
    else:
        assert "ix_quote_text_fts" in {ix["name"] for ix in inspector.get_indexes("quote")}


def test_downgrade_to_nothing_and_back(database_url):
    with downgraded(database_url, "base") as (config, engine):
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        upgrade(config, "head")
        assert_schema_is_current(engine)
