"""INSERT … ON CONFLICT DO NOTHING for rows that several workers may write at once (speakers, their aliases and
name tokens, topics): never check-then-insert."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import Insert, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session


def insert_ignoring_duplicates(session: Session, table: Table, rows: list[dict], keys: list[str]) -> None:
    if not rows:
        return
    # Sorted so that concurrent writers take row locks in the same order and cannot deadlock.
    rows = sorted(rows, key=lambda r: tuple(str(r[k]) for k in keys))
    session.connection().execute(_statement(session.get_bind().dialect.name, table, tuple(keys)), rows)


@lru_cache(maxsize=64)
def _statement(dialect: str, table: Table, keys: tuple[str, ...]) -> Insert:
    """Built once per table: every article write runs several of these."""
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    return insert(table).on_conflict_do_nothing(index_elements=list(keys))
