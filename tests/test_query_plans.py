"""The SQL the query services really emit, run through SQLite's EXPLAIN QUERY PLAN on a migrated database: speaker,
topic and text searches must be index searches, never a scan of a table, because at a million quotes a scan costs
hundreds of milliseconds where an index search costs one. Without ANALYZE statistics (as deployed) the planner
decides from the schema alone, so a small database gives the same plans as a large one."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import event
from sqlmodel import Session

from app.services.quotes import QuoteFilters, list_quotes
from app.services.speakers import list_speakers
from app.services.storage import ArticleInput, store_article
from tests.factories import entity, quote


@pytest.fixture
def stored(engine):
    if engine.dialect.name != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's; PostgreSQL uses its GIN and B-tree indexes by cost")
    with Session(engine) as session:
        for n in range(6):
            quotes = [quote(0, "Matthew Miller", text=f"the budget vote {n} was fair", role="minister",
                            topics=("budget", "vote"), written=False),
                      quote(40, "Anna Schmidt", text=f"prices will fall {n}", role="minister", topics=("price",),
                            written=False)]
            store_article(session=session, article=ArticleInput(text=f"article {n}", published_at=datetime(
                2024, 1, 1 + n, tzinfo=timezone.utc)), quotes=quotes)
    return engine


def _plans(engine, call) -> list[tuple[str, list[str]]]:  # noqa: ANN001
    """Runs `call(session)` and returns, for every SELECT it sent, the statement and its query plan lines."""
    statements: list[tuple[str, object]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        with Session(engine) as session:
            result = call(session)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    assert result.total > 0  # the query found something: the plans are those of a real answer
    with engine.connect() as connection:
        return [(statement, [row[3] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement,
                                                                           parameters)])
                for statement, parameters in statements]


def _table_scans(plans: list[tuple[str, list[str]]]) -> list[str]:
    """Plan lines that read a whole table. `SCAN quote_fts VIRTUAL TABLE INDEX n:M…` is FTS5 answering a MATCH
    from its own index, not a scan."""
    return [f"{line}  <-  {statement}" for statement, lines in plans for line in lines
            if line.startswith("SCAN ") and not (line.startswith("SCAN quote_fts VIRTUAL TABLE INDEX") and ":M" in line)]


def _uses(plans, text: str) -> bool:  # noqa: ANN001
    return any(text in line for _, lines in plans for line in lines)


def _page_plan(plans, order_by: str) -> list[str]:  # noqa: ANN001
    """The plan of the statement that picks the page's ids (the one ordered by `order_by`)."""
    matching = [lines for statement, lines in plans if order_by in " ".join(statement.split())]
    assert matching, f"no statement ordered by {order_by}"
    return matching[0]


def test_speaker_search_uses_the_token_and_speaker_indexes(stored):
    plans = _plans(stored, lambda s: list_quotes(session=s, filters=QuoteFilters(speaker="mill"), limit=3))
    assert _table_scans(plans) == []
    assert _uses(plans, "sqlite_autoindex_speaker_token_1 (token>? AND token<?)")
    assert _uses(plans, "COVERING INDEX ix_quote_speaker_id_id (speaker_id=?)")


def test_speaker_and_date_search_uses_the_speaker_date_index(stored):
    since = datetime(2024, 1, 3, tzinfo=timezone.utc)
    plans = _plans(stored, lambda s: list_quotes(session=s, filters=QuoteFilters(speaker="miller", since=since),
                                                 limit=3))
    assert _table_scans(plans) == []
    assert _uses(plans, "ix_quote_speaker_id_dated_at (speaker_id=? AND dated_at>?)")


def test_topic_search_walks_the_topic_primary_key_in_order(stored):
    plans = _plans(stored, lambda s: list_quotes(session=s, filters=QuoteFilters(topic="budgets"), limit=3))
    assert _table_scans(plans) == []
    assert _uses(plans, "sqlite_autoindex_topic_1 (name=?)")
    assert _uses(plans, "sqlite_autoindex_quote_topic_1 (topic_id=?)")
    # The page's ids come out of the index newest first: a popular topic's quotes are not all collected and sorted.
    assert not any("TEMP B-TREE" in line for line in _page_plan(plans, "ORDER BY quote_topic.quote_id DESC"))


def test_text_search_is_answered_by_fts5_in_rowid_order(stored):
    plans = _plans(stored, lambda s: list_quotes(session=s, filters=QuoteFilters(q="budget vote"), limit=3))
    assert _table_scans(plans) == []
    assert _uses(plans, "SCAN quote_fts VIRTUAL TABLE INDEX")
    assert not any("TEMP B-TREE" in line for line in _page_plan(plans, "ORDER BY quote_fts.rowid DESC"))


def test_text_search_with_another_filter_still_uses_indexes(stored):
    plans = _plans(stored, lambda s: list_quotes(session=s, filters=QuoteFilters(q="prices", speaker="schmidt"),
                                                 limit=3))
    assert _table_scans(plans) == []


def test_cursor_pages_start_from_the_index(stored):
    first = None

    def second_page(session):  # noqa: ANN001, ANN202
        nonlocal first
        first = list_quotes(session=session, filters=QuoteFilters(topic="budget"), limit=2)
        return list_quotes(session=session, filters=QuoteFilters(topic="budget"), limit=2, cursor=first.next_cursor)

    plans = _plans(stored, second_page)
    assert _table_scans(plans) == []
    assert _uses(plans, "sqlite_autoindex_quote_topic_1 (topic_id=? AND quote_id<?)")


def test_speaker_list_reads_roles_and_counts_from_indexes(stored):
    plans = _plans(stored, lambda s: list_speakers(session=s, name="schm", kind=None, limit=10, offset=0))
    assert _table_scans(plans) == []
    assert _uses(plans, "COVERING INDEX ix_quote_speaker_id_role")


def test_alias_search_uses_the_token_index(stored):
    """A name form seen only as an alias ("Matt Miller" in the entity table) finds the speaker by the same index."""
    with Session(stored) as session:
        aliased = quote(0, "Matthew Miller", text="the vote was fair", role="minister", entity=0, topics=(),
                        written=False)
        store_article(session=session, article=ArticleInput(text="aliased"), quotes=[aliased],
                      entities=[entity("Matthew Miller", "Matthew Quincy Miller")])
    plans = _plans(stored, lambda s: list_quotes(session=s, filters=QuoteFilters(speaker="quincy"), limit=3))
    assert _table_scans(plans) == []
    assert _uses(plans, "sqlite_autoindex_speaker_token_1 (token>? AND token<?)")


def test_matching_a_new_speaker_to_the_archive_uses_indexes(stored):
    """Storage matches every named speaker of every new article: by the alias key, then by the surname's token
    (both in one statement, people._ARCHIVE_KNOWS)."""
    from app.services.people import match_speaker

    statements: list[tuple[str, object]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        statements.append((statement, parameters))

    event.listen(stored, "before_cursor_execute", capture)
    try:
        with Session(stored) as session:
            assert match_speaker(session=session, name="Matt Miller", kind="person").speaker_id is not None
    finally:
        event.remove(stored, "before_cursor_execute", capture)
    with stored.connect() as connection:
        plans = [(statement, [row[3] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement,
                                                                            parameters)])
                 for statement, parameters in statements]
    assert len(plans) == 1
    assert _table_scans(plans) == []
    assert _uses(plans, "ix_speaker_alias_match_key (match_key=?)")
    assert _uses(plans, "speaker_token")


@pytest.fixture
def with_group(stored):
    """Matthew Miller is also a member of a group that speaks once."""
    group = quote(0, "Matthew Miller and Anna Schmidt", text="we agree", kind="group",
                  members=("Matthew Miller", "Anna Schmidt"), topics=(), written=False)
    with Session(stored) as session:
        store_article(session=session, article=ArticleInput(text="together"), quotes=[group])
    return stored


def test_a_members_quotes_by_name_reach_the_group_through_the_member_index(with_group):
    plans = _plans(with_group, lambda s: list_quotes(session=s, filters=QuoteFilters(speaker="mill"), limit=3))
    assert _table_scans(plans) == []
    assert _uses(plans, "ix_speaker_member_member_id (member_id=?)")
    assert _uses(plans, "COVERING INDEX ix_quote_speaker_id_id (speaker_id=?)")


def test_a_members_quotes_by_id_reach_the_group_through_the_member_index(with_group):
    from sqlmodel import select

    from app.models import Speaker

    with Session(with_group) as session:
        miller = session.exec(select(Speaker.id).where(Speaker.name == "Matthew Miller")).one()
    plans = _plans(with_group, lambda s: list_quotes(session=s, filters=QuoteFilters(speaker_id=miller), limit=3))
    assert _table_scans(plans) == []
    assert _uses(plans, "ix_speaker_member_member_id (member_id=?)")
    assert _uses(plans, "COVERING INDEX ix_quote_speaker_id_id (speaker_id=?)")


def test_storing_an_article_looks_its_names_up_by_their_index_not_through_every_live_speaker(stored):
    """People matching reads the archive's speakers under the article's names. Asked for live speakers in SQL
    (`merged_into_id IS NULL`), SQLite started from every live speaker and probed its aliases: a write cost the size
    of the archive (11,000 names against 1,100 stored took seconds)."""
    selects: list[tuple[str, object]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        if statement.lstrip().upper().startswith("SELECT"):
            selects.append((statement, parameters))

    event.listen(stored, "before_cursor_execute", capture)
    try:
        with Session(stored) as session:
            store_article(session=session, article=ArticleInput(text="a roster"), quotes=[
                quote(40 * i, f"Ann Lee{i:05d}", written=False) for i in range(2_000)])  # a long list of names to look up
    finally:
        event.remove(stored, "before_cursor_execute", capture)
    with stored.connect() as connection:
        plans = [(statement, [row[3] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)])
                 for statement, parameters in selects]
    alias_lookups = [(statement, lines) for statement, lines in plans if "speaker_alias" in statement]
    assert alias_lookups
    assert not [line for _statement, lines in alias_lookups for line in lines if "merged_into_id" in line]
    assert not _table_scans(plans)
