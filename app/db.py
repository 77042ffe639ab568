"""Engine and sessions. SQLite gets WAL, a busy timeout and enforced foreign keys on every connection,
so several worker processes can share one file without `database is locked` errors."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, create_engine

T = TypeVar("T")
# Values bound in one look-up (`col.in_(values)`): stock SQLite binds at most 32,766 parameters, PostgreSQL 65,535,
# and one article may name or quote more.
VALUES_PER_QUERY = 5_000


def in_parts(values: Sequence[T], size: int = VALUES_PER_QUERY) -> Iterator[Sequence[T]]:
    """`values` in consecutive slices small enough for one query's bound parameters."""
    for start in range(0, len(values), size):
        yield values[start:start + size]
log = logging.getLogger("quotewise.db")


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def make_engine(url: str, *, busy_timeout_ms: int = 30_000) -> Engine:
    if not is_sqlite(url):
        return create_engine(url, pool_pre_ping=True)

    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": busy_timeout_ms / 1000})

    @event.listens_for(engine, "connect")
    def _configure_sqlite(dbapi_connection, _record) -> None:  # noqa: ANN001 - DBAPI types
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys=ON")
        # FULL: an acknowledged article survives a power cut too, not only a killed process; one fsync per
        # commit is small beside the parse that precedes every write.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    return engine


def session_scope(engine: Engine) -> Iterator[Session]:
    with Session(engine) as session:
        yield session


def _is_busy(error: OperationalError) -> bool:
    message = str(error.orig).lower() if error.orig is not None else str(error).lower()
    return "database is locked" in message or "database is busy" in message or "deadlock detected" in message


def retry_when_busy(work: Callable[[], T], *, attempts: int = 8, first_delay: float = 0.05) -> T:
    """Run a write transaction again when SQLite reports the file locked past its busy timeout
    (or PostgreSQL reports a deadlock): the writer lost a race, nothing was committed, so retrying is safe."""
    delay = first_delay
    for attempt in range(attempts):
        try:
            return work()
        except OperationalError as error:
            if attempt == attempts - 1 or not _is_busy(error):
                raise
            log.warning("database busy: write retried", extra={"attempt": attempt + 1, "delay_s": delay})
            time.sleep(delay)
            delay = min(delay * 2, 2.0)
    raise AssertionError("unreachable")


def in_one_transaction(session: Session, work: Callable[[], T]) -> T:
    """Runs `work` and commits, or rolls all of it back: nothing is ever half-applied. Retried when busy."""

    def attempt() -> T:
        try:
            result = work()
            session.commit()
            return result
        except BaseException:
            session.rollback()
            raise

    return retry_when_busy(attempt)
