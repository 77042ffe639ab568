"""INSERT … ON CONFLICT DO NOTHING for rows that several workers may write at once (speakers, their aliases and
name tokens, topics): never check-then-insert."""

from __future__ import annotations

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session


def insert_ignoring_duplicates(session: Session, table: Table, rows: list[dict], keys: list[str]) -> None:
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    # Sorted so that concurrent writers take row locks in the same order and cannot deadlock.
    rows = sorted(rows, key=lambda r: tuple(str(r[k]) for k in keys))
    session.execute(insert(table).on_conflict_do_nothing(index_elements=keys), rows)
