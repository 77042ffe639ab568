"""Topics with how many quotes carry each."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.models import QuoteTopic, Topic
from app.schemas import Page, TopicOut
from app.text import fold


def list_topics(*, session: Session, prefix: str | None, limit: int, offset: int) -> Page[TopicOut]:
    conditions = []
    folded = fold(prefix or "")
    if folded:
        conditions += [col(Topic.name) >= folded, col(Topic.name) < folded[:-1] + chr(ord(folded[-1]) + 1)]
    total = session.exec(select(func.count()).select_from(Topic).where(*conditions)).one()
    count = func.count(col(QuoteTopic.quote_id))
    rows = session.exec(
        select(Topic.name, count)
        .join(QuoteTopic, col(QuoteTopic.topic_id) == col(Topic.id))
        .where(*conditions)
        .group_by(col(Topic.id), col(Topic.name))
        .order_by(count.desc(), col(Topic.name))
        .offset(offset)
        .limit(limit)
    ).all()
    return Page[TopicOut](total=total, limit=limit, offset=offset, items=[TopicOut(name=n, quote_count=c) for n, c in rows])
