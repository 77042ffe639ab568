"""Topics with how many quotes carry each."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.models import Topic
from app.schemas import Page, TopicOut
from app.text import fold, prefix_upper_bound


def list_topics(*, session: Session, prefix: str | None, limit: int, offset: int) -> Page[TopicOut]:
    conditions = []
    folded = fold(prefix or "")
    if folded:
        conditions += [col(Topic.name) >= folded, col(Topic.name) < prefix_upper_bound(folded)]
    total = session.exec(select(func.count()).select_from(Topic).where(*conditions)).one()
    rows = session.exec(
        select(Topic.name, Topic.quote_count)
        .where(*conditions)
        .order_by(col(Topic.quote_count).desc(), col(Topic.name))
        .offset(offset)
        .limit(limit)
    ).all()
    return Page[TopicOut](total=total, limit=limit, offset=offset, items=[TopicOut(name=n, quote_count=c) for n, c in rows])
