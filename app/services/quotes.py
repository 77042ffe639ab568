"""Querying stored quotes by speaker, topic, text, article and date, with offset or keyset pagination."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.clock import as_utc
from app.errors import NotFound
from app.models import Quote
from app.schemas import Page, QuoteOut
from app.services.rendering import render_quotes
from app.services.search import quote_ids_with_topic, speaker_ids_matching, text_match_condition


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


def _conditions(session: Session, filters: QuoteFilters) -> list:
    conditions = []
    if filters.speaker is not None:
        conditions.append(col(Quote.speaker_id).in_(speaker_ids_matching(filters.speaker)))
    if filters.speaker_id is not None:
        conditions.append(col(Quote.speaker_id) == filters.speaker_id)
    if filters.topic is not None:
        conditions.append(col(Quote.id).in_(quote_ids_with_topic(filters.topic)))
    if filters.q is not None:
        conditions.append(text_match_condition(session, filters.q))
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


def list_quotes(
    *, session: Session, filters: QuoteFilters, limit: int, offset: int = 0, cursor: int | None = None
) -> Page[QuoteOut]:
    """Newest first (by id). `cursor` is the id of the last quote of the previous page: the next page starts just
    below it through the primary key, however deep, where an offset would walk every skipped row."""
    conditions = _conditions(session, filters)
    total = session.exec(select(func.count()).select_from(Quote).where(*conditions)).one()
    query = select(Quote).where(*conditions)
    if cursor is not None:
        query = query.where(col(Quote.id) < cursor)
    quotes = session.exec(query.order_by(col(Quote.id).desc()).offset(offset).limit(limit + 1)).all()
    has_more = len(quotes) > limit
    quotes = quotes[:limit]
    return Page[QuoteOut](
        total=total,
        limit=limit,
        offset=offset,
        next_cursor=quotes[-1].id if has_more and quotes else None,
        items=render_quotes(session, quotes),
    )


def get_quote(*, session: Session, quote_id: int) -> QuoteOut:
    quote = session.get(Quote, quote_id)
    if quote is None:
        raise NotFound("quote", quote_id)
    return render_quotes(session, [quote])[0]
