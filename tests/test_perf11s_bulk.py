"""Two shortcuts of app.services.bulk, each checked against what SQLAlchemy does itself.

bulk.query runs the write path's look-ups (built once at import, with expanding `IN` lists) through
SQL expanded once per list length: it must return exactly the rows SQLAlchemy's own execution returns, on SQLite and
PostgreSQL, for every statement the services run through it, whatever the lengths (one value, many, across calls of
other lengths), and fall back to SQLAlchemy where a selected column processes its results.

On SQLite the JSON text of the lists an article write stores (spans, aliases, roles) is made by bulk itself: it must
be json.dumps's text, character for character."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import JSON, bindparam, select
from sqlmodel import Session

from app.models import Article, Quote
from app.nlp.contract import Gender
from app.services import bulk
from app.services.genders import _DECIDED
from app.services.people import _PERSON_ALIASES, _ROWS_BY_KEY, _archive_knows
from app.services.rendering import _MEMBERS, _SPEAKERS
from app.services.storage import _BY_TEXT, _BY_TEXT_OR_URL, _TOPIC_IDS
from tests.factories import quote, store


@pytest.fixture
def archive(engine):  # noqa: ANN001, ANN201 - an Engine
    store(engine, "one", [quote(0, "Joseph R. Biden Jr.", gender=Gender.MALE, topics=("economy", "trade")),
                          quote(40, "Ann Ortiz and Bill Crane", kind="group", members=("Ann Ortiz", "Bill Crane"),
                                topics=("tariff",))])
    store(engine, "two", [quote(0, "Joe Biden", topics=("trade",)), quote(40, "Acme Corp", kind="organization"),
                          quote(80, "a senior official", named=False, topics=())])
    return engine


def _prepared(connection, statement, values: dict) -> bool:  # noqa: ANN001
    """Whether bulk.query runs it itself (not through SQLAlchemy's execution)."""
    shape = tuple((name, len(value) if isinstance(value, list) else None) for name, value in values.items())
    return bulk._prepare(connection.dialect, statement, shape) is not None


def _both(connection, statement, values: dict) -> tuple[list[tuple], list[tuple]]:  # noqa: ANN001
    ours = [tuple(row) for row in bulk.query(connection, statement, values)]
    theirs = [tuple(row) for row in connection.execute(statement, values).all()]
    return ours, theirs


def test_every_look_up_returns_what_sqlalchemy_returns(archive) -> None:  # noqa: ANN001
    cases = [
        (_archive_knows((0, 1, 2)), {"alias_keys": ["joe biden", "acme corp", "nobody"],
                                     "name_keys": ["joe biden", "acme corp"], "tokens": ["biden", "ortiz"]}),
        (_archive_knows((0, 2)), {"alias_keys": ["joe biden"], "name_keys": [], "tokens": ["biden"]}),
        (_archive_knows((1,)), {"alias_keys": [], "name_keys": ["joe biden"], "tokens": []}),
        (_ROWS_BY_KEY, {"keys": ["joe biden", "acme corp"]}),
        (_PERSON_ALIASES, {"ids": [1, 2, 3, 4, 5, 6]}),
        (_DECIDED, {"ids": [1, 2, 3]}),
        (_SPEAKERS, {"ids": [1]}),
        (_SPEAKERS, {"ids": [1, 2, 3, 4, 5, 6, 7]}),
        (_MEMBERS, {"ids": [1, 2, 3, 4, 5, 6, 7]}),
        (_TOPIC_IDS, {"names": ["economy", "tariff", "trade", "unknown"]}),
        (_BY_TEXT, {"sha": "none"}),
        (_BY_TEXT_OR_URL, {"sha": "none", "url": "https://example.com/none"}),
    ]
    with Session(archive) as session:
        connection = session.connection()
        for statement, values in cases:
            ours, theirs = _both(connection, statement, values)
            assert ours == theirs, statement
            assert _prepared(connection, statement, values), statement
        # each of these finds something, so that the comparison is not of empty lists only
        assert _both(connection, _SPEAKERS, {"ids": [1, 2, 3]})[0]
        assert _both(connection, _TOPIC_IDS, {"names": ["trade"]})[0]
        assert _both(connection, _MEMBERS, {"ids": list(range(1, 20))})[0]
        assert _both(connection, _archive_knows((0, 1, 2)), cases[0][1])[0]


def test_the_statement_s_own_values_are_bound_when_the_caller_gives_none(archive) -> None:  # noqa: ANN001
    with Session(archive) as session:
        stored = session.connection().execute(select(Article.text_sha256).order_by(Article.id)).scalars().all()
        connection = session.connection()
        # _BY_TEXT carries its LIMIT 1 itself
        assert [tuple(r) for r in bulk.query(connection, _BY_TEXT, {"sha": stored[1]})] == [(2,)]


def test_the_sql_is_expanded_once_per_dialect_and_list_lengths(archive) -> None:  # noqa: ANN001
    bulk._prepare.cache_clear()
    with Session(archive) as session:
        connection = session.connection()
        for ids in ([1], [2], [1, 2], [3, 4], [1]):
            bulk.query(connection, _SPEAKERS, {"ids": ids})
    info = bulk._prepare.cache_info()
    assert (info.misses, info.hits) == (2, 3)


def test_a_list_is_padded_with_its_last_value_to_a_power_of_two(archive) -> None:  # noqa: ANN001
    bulk._prepare.cache_clear()
    with Session(archive) as session:
        connection = session.connection()
        three = [tuple(r) for r in bulk.query(connection, _TOPIC_IDS, {"names": ["economy", "tariff", "trade"]})]
        four = [tuple(r) for r in bulk.query(connection, _TOPIC_IDS, {"names": ["economy", "nothing", "tariff", "x"]})]
        theirs = [tuple(r) for r in connection.execute(_TOPIC_IDS, {"names": ["economy", "tariff", "trade"]})]
    assert three == theirs and len(three) == 3 and [name for name, _ in four] == ["economy", "tariff"]
    assert bulk._prepare.cache_info().misses == 1
    assert [bulk._padded(n) for n in (0, 1, 2, 3, 5, 1000, 1024, 1025, 5000)] == [0, 1, 2, 4, 8, 1024, 1024, 1025,
                                                                                 5000]


def test_a_column_whose_type_processes_results_is_left_to_sqlalchemy(archive) -> None:  # noqa: ANN001
    # SQLite stores dates as text: SQLAlchemy turns them back into datetimes, the driver would not.
    statement = (select(Quote.__table__.c.id, Quote.__table__.c.dated_at)
                 .where(Quote.__table__.c.id.in_(bindparam("ids", expanding=True))).order_by(Quote.__table__.c.id))
    with Session(archive) as session:
        ours, theirs = _both(session.connection(), statement, {"ids": [1, 2]})
        prepared = _prepared(session.connection(), statement, {"ids": [1, 2]})
    assert ours == theirs and all(isinstance(dated, datetime) for _, dated in ours)
    assert prepared == (archive.dialect.name != "sqlite")  # PostgreSQL's driver returns datetimes itself


def test_a_bind_processor_is_applied(archive) -> None:  # noqa: ANN001
    table = Quote.__table__
    statement = select(table.c.id).where(table.c.dated_at >= bindparam("since"),
                                         table.c.id.in_(bindparam("ids", expanding=True))).order_by(table.c.id)
    since = datetime(2000, 1, 1, tzinfo=timezone.utc)
    with Session(archive) as session:
        ours, theirs = _both(session.connection(), statement, {"since": since, "ids": [1, 2, 3]})
    assert ours == theirs and len(ours) == 3


@pytest.mark.parametrize("value", [
    [], ["Clinton"], ["Hillary Clinton", "Mrs. Clinton", "é “quoted” \\ \" \n\t\u2028 😀", ""],
    [[0, 5]], [[13, 96], [1187, 1276]], [[0, 0], [2_147_483_647, -1]],
    # not lists of strings or of integer pairs: left to SQLAlchemy's processor
    [[1, 2, 3]], [[True, 1]], [1.5], [None], ["a", 1], {"a": 1}, None, "text", [["a", "b"]], [(1, 2)],
])
def test_json_lists_are_serialized_as_json_dumps_serializes_them(value) -> None:  # noqa: ANN001
    from sqlalchemy.dialects import sqlite

    dialect = sqlite.dialect()
    processor = JSON().dialect_impl(dialect).bind_processor(dialect)
    assert bulk._serializes_json(JSON(), dialect)
    assert bulk._json_lists(processor)(value) == processor(value)


def test_rows_without_defaults_or_processors_are_the_picked_tuples(engine) -> None:  # noqa: ANN001
    from sqlalchemy import Column, MetaData, String, Table

    from app.models import QuoteTopic

    links = bulk._compile(engine.dialect, QuoteTopic.__table__.insert(), ("topic_id", "quote_id"))
    assert not links.defaults and not links.processors
    assert links.rows([{"quote_id": 5, "topic_id": 2, "unused": 0}, {"topic_id": 3, "quote_id": 6}]) == [
        tuple({"quote_id": 5, "topic_id": 2}[key] for key in links.keys), tuple({"topic_id": 3, "quote_id": 6}[key]
                                                                                for key in links.keys)]
    one = bulk._compile(engine.dialect, Table("words", MetaData(), Column("token", String)).insert(), ("token",))
    assert one.given == ("token",) and one.rows([{"token": "biden"}, {"token": "ortiz"}]) == [("biden",), ("ortiz",)]
