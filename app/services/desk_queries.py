"""The review desk's own queries: articles by words of the title or of a quote, by speaker, topic, source and date;
a speaker's quotes by date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, or_, select

from app.clock import as_utc
from app.models import Article, Quote, QuoteTopic
from app.schemas import ArticleOut, Page, QuoteOut
from app.services.articles import visible_quote_counts
from app.services.rendering import article_summary, render_quotes
from app.services.search import speaker_ids_matching, text_match_condition, topic_ids
from app.services.visibility import visible_quotes_condition


@dataclass(frozen=True, slots=True)
class ArticleSearch:
    q: str | None = None  # words of the title, or every word in one of its quotes
    speaker: str | None = None
    topic: str | None = None
    source: str | None = None  # part of the outlet's name, any case
    since: datetime | None = None  # published (or, undated, stored) at or after
    until: datetime | None = None  # … before


def _dated():
    return func.coalesce(col(Article.published_at), col(Article.created_at))


def _conditions(session: Session, search: ArticleSearch) -> list:
    conditions = []
    if search.q:
        conditions.append(or_(
            func.lower(col(Article.title)).contains(search.q.lower(), autoescape=True),
            col(Article.id).in_(select(Quote.article_id).where(text_match_condition(session, search.q))),
        ))
    if search.speaker:
        conditions.append(col(Article.id).in_(
            select(Quote.article_id).where(col(Quote.speaker_id).in_(speaker_ids_matching(search.speaker)))))
    if search.topic:
        conditions.append(col(Article.id).in_(
            select(Quote.article_id).join(QuoteTopic, col(QuoteTopic.quote_id) == col(Quote.id))
            .where(col(QuoteTopic.topic_id).in_(topic_ids(session, search.topic)))))
    if search.source:
        conditions.append(func.lower(col(Article.source)).contains(search.source.lower(), autoescape=True))
    if search.since:
        conditions.append(_dated() >= as_utc(search.since))
    if search.until:
        conditions.append(_dated() < as_utc(search.until))
    return conditions


def search_articles(*, session: Session, search: ArticleSearch, limit: int, offset: int) -> Page[ArticleOut]:
    """Newest first (publication date, else when stored); quote counts leave out rejected quotes."""
    conditions = _conditions(session, search)
    total = session.exec(select(func.count()).select_from(Article).where(*conditions)).one()
    articles = session.exec(
        select(Article).where(*conditions).order_by(_dated().desc(), col(Article.id).desc()).offset(offset).limit(limit)
    ).all()
    counts = visible_quote_counts(session, [a.id for a in articles])
    items = [ArticleOut(**article_summary(a, counts.get(a.id, 0))) for a in articles]
    return Page[ArticleOut](total=total, limit=limit, offset=offset, items=items)


def speaker_quotes_by_date(*, session: Session, speaker_id: int, limit: int, offset: int) -> Page[QuoteOut]:
    """A speaker's visible quotes, newest article date first, through the (speaker_id, dated_at) index."""
    conditions = [col(Quote.speaker_id) == speaker_id, visible_quotes_condition()]
    total = session.exec(select(func.count()).select_from(Quote).where(*conditions)).one()
    quotes = session.exec(
        select(Quote).where(*conditions).order_by(col(Quote.dated_at).desc(), col(Quote.id).desc())
        .offset(offset).limit(limit)
    ).all()
    return Page[QuoteOut](total=total, limit=limit, offset=offset, items=render_quotes(session, list(quotes)))
