"""Querying stored quotes by speaker, topic, text, article and date, with offset or keyset pagination.

A page is read in two steps: first the ids of the matching quotes, newest first, from indexes alone (every SQLite
index carries the rowid, so `speaker` and `speaker`+`since` never touch a quote row), then the page's rows by
primary key. A topic filter is driven from the (topic_id, quote_id) primary key and a text-only search from the
FTS5 index, both of which yield ids already in order: a popular topic or word costs a walk down an index, not the
sort of every matching quote.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import datetime

from sqlalchemy import func
from sqlalchemy.sql import ColumnElement, Select
from sqlmodel import Session, col, select

from app.clock import as_utc
from app.errors import NotFound
from app.models import Quote, QuoteTopic, Speaker, SpeakerMember, Topic
from app.schemas import Page, QuoteOut
from app.services.rendering import render_quotes
from app.services.search import (fts_match_query, fts_matches, speaker_ids_matching, text_match_condition,
                                 topic_ids, with_their_groups)
from app.services.visibility import visible_quotes_condition


@dataclass(frozen=True, slots=True)
class QuoteFilters:
    speaker: str | None = None
    speaker_id: int | None = None
    topic: str | None = None
    q: str | None = None
    article_id: int | None = None
    kind: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    min_confidence: float | None = None
    include_rejected: bool = False  # quotes an editor rejected are left out unless asked for
    # Set by following_merges, not by callers: the groups `speaker_id` is a member of, whose quotes are theirs too.
    groups_of_speaker: tuple[int, ...] | None = None


def _quote_conditions(filters: QuoteFilters) -> list:
    """The filters that are columns of `quote` itself (topic and text are the query's driving source instead)."""
    conditions = []
    if filters.speaker is not None:
        conditions.append(col(Quote.speaker_id).in_(with_their_groups(speaker_ids_matching(filters.speaker))))
    if filters.speaker_id is not None and filters.groups_of_speaker:
        conditions.append(col(Quote.speaker_id).in_((filters.speaker_id, *filters.groups_of_speaker)))
    elif filters.speaker_id is not None:
        conditions.append(col(Quote.speaker_id) == filters.speaker_id)
    if filters.article_id is not None:
        conditions.append(col(Quote.article_id) == filters.article_id)
    if filters.kind is not None:
        conditions.append(col(Quote.kind) == filters.kind)
    if filters.since is not None:
        conditions.append(col(Quote.dated_at) >= as_utc(filters.since))
    if filters.until is not None:
        conditions.append(col(Quote.dated_at) < as_utc(filters.until))
    if filters.min_confidence is not None:
        conditions.append(col(Quote.confidence) >= filters.min_confidence)
    return conditions


@dataclass(frozen=True)
class IdQuery:
    key: ColumnElement  # the quote id column pages are ordered and cut by
    ids: Select  # select(key) with every filter applied, unordered
    topic_ids: tuple[int, ...] = ()  # the stored topics a topic filter resolved to


def following_merges(session: Session, filters: QuoteFilters) -> QuoteFilters:
    """`speaker_id` of a merged speaker stands for the speaker it was merged into, whose quotes now carry its id;
    and a speaker's quotes include those of the groups it is a member of (read here by the member index, so that
    a speaker of no group keeps the plain walk down its (speaker_id, id) index)."""
    if filters.speaker_id is None:
        return filters
    merged_into = session.exec(select(Speaker.merged_into_id).where(col(Speaker.id) == filters.speaker_id)).first()
    speaker_id = merged_into if merged_into is not None else filters.speaker_id
    groups = tuple(session.exec(select(SpeakerMember.group_id).where(col(SpeakerMember.member_id) == speaker_id)
                                .order_by(col(SpeakerMember.group_id))).all())
    return replace(filters, speaker_id=speaker_id, groups_of_speaker=groups or None)


def id_query(session: Session, filters: QuoteFilters) -> IdQuery | None:
    """None when nothing can match (an unknown topic, a search of punctuation only)."""
    plan = _filtered_id_query(session, filters)
    if plan is None or filters.include_rejected:
        return plan
    return replace(plan, ids=plan.ids.where(visible_quotes_condition(plan.key)))


def _filtered_id_query(session: Session, filters: QuoteFilters) -> _IdQuery | None:
    conditions = _quote_conditions(filters)
    is_sqlite = session.get_bind().dialect.name == "sqlite"
    if filters.topic is not None:
        ids = topic_ids(session, filters.topic)
        if not ids:
            return None
        key = col(QuoteTopic.quote_id)
        query = select(key).where(col(QuoteTopic.topic_id) == ids[0] if len(ids) == 1 else col(QuoteTopic.topic_id).in_(ids))
        if filters.q is not None:
            conditions.append(text_match_condition(session, filters.q))
        if conditions:
            query = query.join(Quote, col(Quote.id) == key).where(*conditions)
        return IdQuery(key, query.distinct() if len(ids) > 1 else query, tuple(ids))
    if filters.q is not None and is_sqlite and not conditions:
        match = fts_match_query(filters.q)
        if match is None:
            return None
        fts = fts_matches(match)
        return IdQuery(fts.selected_columns[0], fts)
    if filters.q is not None:
        conditions.append(text_match_condition(session, filters.q))
    return IdQuery(col(Quote.id), select(Quote.id).where(*conditions))


def _topic_only_total(session: Session, filters: QuoteFilters, plan: IdQuery) -> int | None:
    """A topic filter alone is counted by the topic row's own quote_count: one row read, however popular the topic.
    (Several stored topics matching one query could share quotes, so they are counted the exact way.)"""
    if filters.topic is None or filters.include_rejected or any(
        value is not None for name, value in asdict(filters).items() if name not in ("topic", "include_rejected")
    ):
        return None
    if len(plan.topic_ids) != 1:
        return None
    return session.exec(select(Topic.quote_count).where(col(Topic.id) == plan.topic_ids[0])).one()


def list_quotes(
    *, session: Session, filters: QuoteFilters, limit: int, offset: int = 0, cursor: int | None = None
) -> Page[QuoteOut]:
    """Newest first (by id). `cursor` is the id of the last quote of the previous page: the next page starts just
    below it through the index, however deep, where an offset would walk every skipped row."""
    filters = following_merges(session, filters)
    plan = id_query(session, filters)
    if plan is None:
        return Page[QuoteOut](total=0, limit=limit, offset=offset, next_cursor=None, items=[])
    total = _topic_only_total(session, filters, plan)
    if total is None:
        total = session.exec(select(func.count()).select_from(plan.ids.subquery())).one()
    page_ids = plan.ids.where(plan.key < cursor) if cursor is not None else plan.ids
    ids = list(session.execute(page_ids.order_by(plan.key.desc()).offset(offset).limit(limit + 1)).scalars())
    has_more = len(ids) > limit
    ids = ids[:limit]
    rows = {q.id: q for q in session.exec(select(Quote).where(col(Quote.id).in_(ids))).all()} if ids else {}
    quotes = [rows[i] for i in ids if i in rows]
    return Page[QuoteOut](
        total=total,
        limit=limit,
        offset=offset,
        next_cursor=ids[-1] if has_more and ids else None,
        items=render_quotes(session, quotes),
    )


def get_quote(*, session: Session, quote_id: int) -> QuoteOut:
    quote = session.get(Quote, quote_id)
    if quote is None:
        raise NotFound("quote", quote_id)
    return render_quotes(session, [quote])[0]
