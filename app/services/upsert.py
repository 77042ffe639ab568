"""INSERT … ON CONFLICT for rows that several workers may write at once (speakers, their aliases and name tokens,
topics): never check-then-insert. Each statement is built once per table and dialect (every article write runs
several) and run through app.services.bulk on the session's connection."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from operator import itemgetter

from sqlalchemy import Insert, Row, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from app.services import bulk


def insert_ignoring_duplicates(session: Session, table: Table, rows: list[dict], keys: list[str]) -> None:
    if not rows:
        return
    # Sorted so that concurrent writers take row locks in the same order and cannot deadlock.
    rows = sorted(rows, key=itemgetter(*keys))
    bulk.executemany(session.connection(), _ignoring(_dialect(session), table, tuple(keys), ()), rows)


def insert_new_returning(session: Session, table: Table, rows: list[dict], keys: list[str],
                         returning: Sequence[str]) -> list[Row]:
    """As insert_ignoring_duplicates, and the `returning` columns of the rows it inserted: not of those already
    there (another writer's, a moment ago), which the caller reads itself."""
    if not rows:
        return []
    rows = sorted(rows, key=itemgetter(*keys))
    statement = _ignoring(_dialect(session), table, tuple(keys), tuple(returning))
    return bulk.insert_returning(session.connection(), statement, rows)


def insert_or_add(session: Session, table: Table, rows: list[dict], keys: list[str], column: str) -> None:
    """Inserts each row, or adds its `column` to the stored row's when one has its keys (a counter). Rows in the
    order given: the caller orders them the same way in every writer, since each stored row is locked."""
    if rows:
        bulk.executemany(session.connection(), _adding(_dialect(session), table, tuple(keys), column), rows)


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _insert(dialect: str, table: Table) -> Insert:
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


@lru_cache(maxsize=64)
def _ignoring(dialect: str, table: Table, keys: tuple[str, ...], returning: tuple[str, ...]) -> Insert:
    statement = _insert(dialect, table).on_conflict_do_nothing(index_elements=list(keys))
    return statement.returning(*(table.c[name] for name in returning)) if returning else statement


@lru_cache(maxsize=64)
def _adding(dialect: str, table: Table, keys: tuple[str, ...], column: str) -> Insert:
    statement = _insert(dialect, table)
    return statement.on_conflict_do_update(index_elements=list(keys),
                                           set_={column: table.c[column] + statement.excluded[column]})
