"""Reading and retracting stored articles."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.db import in_one_transaction
from app.errors import NotFound
from app.models import Article, ArticleEntity, Quote, QuoteStatus
from app.schemas import ArticleDetail, ArticleOut, Page
from app.services.rendering import article_summary, entities_out, render_quotes
from app.services.storage import retract_article
from app.services.visibility import visible_quotes_condition


def visible_quote_counts(session: Session, article_ids: list[int]) -> dict[int, int]:
    """Quotes an editor rejected are not quotations, so they are not counted (as in every other count)."""
    if not article_ids:
        return {}
    rows = session.exec(
        select(Quote.article_id, func.count())
        .where(col(Quote.article_id).in_(article_ids), visible_quotes_condition())
        .group_by(Quote.article_id)
    ).all()
    return dict(rows)


def get_article(*, session: Session, article_id: int) -> ArticleDetail:
    article = session.get(Article, article_id)
    if article is None:
        raise NotFound("article", article_id)
    quotes = session.exec(select(Quote).where(Quote.article_id == article_id).order_by(col(Quote.start))).all()
    visible = sum(q.status != QuoteStatus.REJECTED for q in quotes)
    entities = session.exec(
        select(ArticleEntity).where(col(ArticleEntity.article_id) == article_id).order_by(col(ArticleEntity.position))
    ).all()
    return ArticleDetail(**article_summary(article, visible), text=article.text, quotes=render_quotes(session, quotes),
                         entities=entities_out(entities, quotes))


def list_articles(*, session: Session, limit: int, offset: int, source: str | None = None) -> Page[ArticleOut]:
    query = select(Article)
    count = select(func.count()).select_from(Article)
    if source:
        query = query.where(Article.source == source)
        count = count.where(Article.source == source)
    total = session.exec(count).one()
    articles = session.exec(query.order_by(col(Article.id).desc()).limit(limit).offset(offset)).all()
    counts = visible_quote_counts(session, [a.id for a in articles])
    items = [ArticleOut(**article_summary(a, counts.get(a.id, 0))) for a in articles]
    return Page[ArticleOut](total=total, limit=limit, offset=offset, items=items)


def delete_article(*, session: Session, article_id: int) -> None:
    """Retracts an article: its quotes and topic links go with it, and so do speakers and topics left unused."""

    def delete() -> None:
        if not retract_article(session, article_id):
            raise NotFound("article", article_id)

    in_one_transaction(session, delete)
