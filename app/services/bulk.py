"""One Core statement over many rows, with the rows handed to the database driver as tuples.

SQLAlchemy's executemany builds a parameter dict per row and runs each value through its type's bind processor
in Python (`construct_params`, `_init_compiled`): on the write path of an analysed article (~300 rows over a dozen
tables) that cost more CPU in the server process than the SQL itself. Here a statement is compiled once per
dialect, as SQLAlchemy would compile it (the same SQL, casts and defaults), turned into positional placeholders;
each row becomes one tuple in parameter order, with the same bind processors applied to the few columns that have
one (JSON, SQLite's DATETIME); and the tuples go to the driver through `exec_driver_sql` on the session's
connection, so the work stays in the session's transaction and the engine's events still see every statement.

`executemany` sends every row with one driver executemany. `insert_returning` writes the rows as multi-row
INSERT … VALUES (…), (…) RETURNING, as SQLAlchemy's "insertmanyvalues" does, at most PAGE_ROWS rows a statement.

`query` runs a SELECT built once at import (the look-ups of a write and of its answer) the same way: SQLAlchemy
compiled it, and expanded its `IN` lists (`bindparam(..., expanding=True)`), for every call (~0.1 ms each, 5-6 per
article, twice the time of running it through exec_driver_sql); here the expanded SQL is kept per dialect and per
length of each list, rounded up to a power of two (the list padded with its last value: `x IN (a, b, b, b)` is
`x IN (a, b)`), so that a handful of SQL strings serve every article; and the rows come back as the driver gives
them, which is what SQLAlchemy would give for the plain columns these statements select (a statement selecting a
column whose type processes results is run by SQLAlchemy as before).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from json.encoder import encode_basestring_ascii
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from operator import itemgetter

from sqlalchemy import JSON, Delete, Insert, Row, Select, Update
from sqlalchemy.engine import Connection, Dialect

Statement = Insert | Update | Delete
# Rows per multi-row INSERT: at most 22 columns each here, so 22,000 values, below SQLite's 32,766 bound
# parameters (PostgreSQL allows 65,535).
PAGE_ROWS = 1_000
_NAMED = re.compile(r"%\((\w+)\)s")


@dataclass(frozen=True, slots=True)
class _Compiled:
    """A statement as positional SQL: the parameters' row keys in order, and the bind processor of each (or None);
    `values` is the one VALUES group of an INSERT (`head` before it, `tail` after), for multi-row statements."""

    sql: str
    keys: tuple[str, ...]
    defaults: tuple[tuple[int, object], ...]  # (position, value) of columns filled by their Python-side default
    processors: tuple[tuple[int, Callable], ...]
    head: str
    values: str
    tail: str

    @property
    def given(self) -> tuple[str, ...]:
        """The keys each row gives, in parameter order (the columns filled by a default left out)."""
        filled = {position for position, _ in self.defaults}
        return tuple(key for position, key in enumerate(self.keys) if position not in filled)

    def rows(self, rows: Sequence[dict]) -> list[tuple]:
        given = self.given
        pick = itemgetter(*given)
        if not self.defaults and not self.processors:  # most statements (links, topics, names): the picked tuples
            return [(pick(row),) for row in rows] if len(given) == 1 else [pick(row) for row in rows]
        values = [[pick(row)] for row in rows] if len(given) == 1 else [list(pick(row)) for row in rows]
        for value in values:
            for position, default in self.defaults:
                value.insert(position, default)
            for position, process in self.processors:
                value[position] = process(value[position])
        return [tuple(value) for value in values]


def executemany(connection: Connection, statement: Statement, rows: Sequence[dict]) -> None:
    """Runs `statement` once for each row (a dict with every parameter the statement names), in order."""
    if not rows:
        return
    compiled = _compile(connection.dialect, statement, tuple(rows[0]))
    connection.exec_driver_sql(compiled.sql, compiled.rows(rows))


def insert_returning(connection: Connection, statement: Insert, rows: Sequence[dict]) -> list[Row]:
    """The RETURNING rows of `statement` (an INSERT with RETURNING, perhaps ON CONFLICT DO NOTHING) written for
    every row: in no set order (the caller matches them by their values, or on SQLite sorts generated ids: see
    storage._INSERT_QUOTES)."""
    if not rows:
        return []
    compiled = _compile(connection.dialect, statement, tuple(rows[0]))
    values = compiled.rows(rows)
    returned: list[Row] = []
    for start in range(0, len(values), PAGE_ROWS):
        page = values[start:start + PAGE_ROWS]
        sql = f"{compiled.head}{', '.join([compiled.values] * len(page))}{compiled.tail}"
        returned.extend(connection.exec_driver_sql(sql, tuple(chain.from_iterable(page))).all())
    return returned


@lru_cache(maxsize=128)
def _compile(dialect: Dialect, statement: Statement, keys: tuple[str, ...]) -> _Compiled:
    compiled = statement.compile(dialect=dialect, column_keys=list(keys))
    sql = compiled.string
    if compiled.positional:
        names = list(compiled.positiontup or ())
    else:  # pyformat (psycopg): %(name)s placeholders become %s, in the order they appear
        names = _NAMED.findall(sql)
        sql = _NAMED.sub("%s", sql)
        assert dialect.paramstyle == "pyformat" and "%(" not in sql, sql
    binds = compiled.binds
    defaults, processors = [], []
    for position, name in enumerate(names):
        bind = binds[name]
        if name not in keys:
            column_default = getattr(getattr(statement, "table", None), "c", {}).get(name)
            default = column_default.default if column_default is not None else None
            if default is None or not default.is_scalar:
                raise KeyError(f"no value for the parameter {name!r} of {sql!r}")
            defaults.append((position, default.arg))
        process = bind.type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            processors.append((position, _json_lists(process) if _serializes_json(bind.type, dialect) else process))
    head, tail, values = sql, "", ""
    if isinstance(statement, Insert):
        head, rest = sql.split(" VALUES ", 1)
        values, tail = _one_group(rest)
        head += " VALUES "
    return _Compiled(sql, tuple(names), tuple(defaults), tuple(processors), head, values, tail)


def _serializes_json(type_: object, dialect: Dialect) -> bool:
    """Whether the column's bind processor is SQLAlchemy's JSON one calling json.dumps: SQLite's, which stores the
    text. (psycopg's wraps the value for the driver to serialize: left as it is.)"""
    return dialect.name == "sqlite" and isinstance(type_, JSON) and getattr(dialect, "_json_serializer", None) is None


def _json_lists(process: Callable) -> Callable:
    """The JSON text of the lists an article write stores (a quote's spans, an entity's aliases and roles: lists of
    strings, of [start, end] pairs), made here exactly as json.dumps makes it (the same separators, the same ASCII
    escaping of each string by the function json.dumps uses) without its encoder's per-call cost; any other value
    goes to SQLAlchemy's processor."""

    def serialize(value: object) -> object:
        if type(value) is list:
            if all(type(item) is str for item in value):
                return "[" + ", ".join(map(encode_basestring_ascii, value)) + "]"
            if all(type(item) is list and len(item) == 2 and type(item[0]) is int and type(item[1]) is int
                   for item in value):
                return "[" + ", ".join(f"[{int.__repr__(a)}, {int.__repr__(b)}]" for a, b in value) + "]"
        return process(value)

    return serialize


def _one_group(rest: str) -> tuple[str, str]:
    """The parenthesised VALUES group at the start of `rest`, and what follows it."""
    depth = 0
    for index, char in enumerate(rest):
        depth += char == "("
        depth -= char == ")"
        if depth == 0:
            return rest[:index + 1], rest[index + 1:]
    raise ValueError(f"no VALUES group in {rest!r}")


Query = Select  # or a union of Selects (CompoundSelect): anything with selected_columns


def query(connection: Connection, statement: Query, values: dict[str, object]) -> list[Row]:
    """The rows of `statement` with these parameter values (a list for an expanding parameter), as
    connection.execute(statement, values).all() gives them."""
    shape = tuple((name, _padded(len(value)) if isinstance(value, list) else None) for name, value in values.items())
    prepared = _prepare(connection.dialect, statement, shape)
    if prepared is None:
        return connection.execute(statement, values).all()
    return connection.exec_driver_sql(prepared.sql, prepared.parameters(values)).all()


def _padded(length: int) -> int:
    """The number of placeholders a list of `length` values is bound to: the next power of two (0 stays 0), up to
    1,024; a longer list (rare: an article naming a thousand people) keeps its length, below the drivers' limits."""
    return length if length > 1024 else 1 << (length - 1).bit_length() if length else 0


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A SELECT expanded for one shape of its parameters: positional SQL and, for each placeholder in order, the
    parameter it takes its value from (with the position in that parameter's list, or None for a single value), the
    value the statement itself gives when the caller does not (LIMIT's), and the bind processor (or None)."""

    sql: str
    slots: tuple[tuple[str, int | None, object, Callable | None], ...]

    def parameters(self, values: dict[str, object]) -> tuple:
        out = []
        for name, index, default, process in self.slots:
            if index is None:
                value = values.get(name, default)
            else:  # past the list's end: its last value again
                listed = values[name]
                value = listed[index] if index < len(listed) else listed[-1]  # type: ignore[index]
            out.append(process(value) if process is not None else value)
        return tuple(out)


@lru_cache(maxsize=64)
def _compiled_query(dialect: Dialect, statement: Query):  # noqa: ANN202 - a Compiled, None when left to SQLAlchemy
    for column in statement.selected_columns:
        if column.type.dialect_impl(dialect).result_processor(dialect, None) is not None:
            return None
    return statement.compile(dialect=dialect)


@lru_cache(maxsize=1024)
def _prepare(dialect: Dialect, statement: Query, shape: tuple[tuple[str, int | None], ...]) -> _Prepared | None:
    compiled = _compiled_query(dialect, statement)
    if compiled is None:
        return None
    expanded = compiled.construct_expanded_state(
        {name: [None] * length if length is not None else None for name, length in shape})
    sql = expanded.statement
    if compiled.positional:
        names = list(expanded.positiontup or ())
    else:  # pyformat (psycopg), as in _compile
        names = _NAMED.findall(sql)
        sql = _NAMED.sub("%s", sql)
        assert dialect.paramstyle == "pyformat" and "%(" not in sql, sql
    origin = {name: (base, index) for base, expansions in expanded.parameter_expansion.items()
              for index, name in enumerate(expansions)}
    given = dict(shape)
    slots = []
    for name in names:
        base, index = origin.get(name, (name, None))
        if index is None and name not in given and name not in expanded.parameters:
            raise KeyError(f"no value for the parameter {name!r} of {sql!r}")
        default = None if name in given else expanded.parameters.get(name)
        slots.append((base, index, default, expanded.processors.get(name)))
    return _Prepared(sql, tuple(slots))
