"""Turns stored rows into API shapes in bulk: one query per related table, never one per quote. Rows just written
(storage.store_and_answer) go through the same functions as rows read back, so the two answers cannot differ."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from types import SimpleNamespace
from typing import Protocol

from sqlalchemy import Row, bindparam
from sqlmodel import Session, col, select

from app.db import in_parts
from app.models import Quote, QuoteTopic, Speaker, SpeakerMember, Topic
from app.schemas import ArticleDetail, EntityOut, MemberRef, PipelineSaid, QuoteOut, SpeakerRef, TextSpanOut

_SPEAKER = Speaker.__table__
_SPEAKERS = select(_SPEAKER.c.id, _SPEAKER.c.name, _SPEAKER.c.kind).where(
    _SPEAKER.c.id.in_(bindparam("ids", expanding=True)))


class QuoteFields(Protocol):
    """What rendering reads of a quote: a stored Quote, or the values of one just written (storage.written_article)."""

    id: int
    article_id: int
    speaker_id: int | None
    text: str
    start: int
    end: int
    spans: list[list[int]]
    kind: str
    cue_text: str | None
    cue_start: int | None
    cue_end: int | None
    mention_text: str | None
    mention_start: int | None
    mention_end: int | None
    role: str | None
    confidence: float
    speaker_gender: str | None
    entity_index: int | None
    status: str
    origin: str
    pipeline_said: dict | None
    edited: bool


def _span(text: str | None, start: int | None, end: int | None) -> TextSpanOut | None:
    if text is None or start is None or end is None:
        return None
    return TextSpanOut(text=text, start=start, end=end)


def render_quotes(session: Session, quotes: Sequence[Quote]) -> list[QuoteOut]:
    if not quotes:
        return []
    topics: dict[int, list[str]] = defaultdict(list)
    for part in in_parts([q.id for q in quotes]):
        rows = session.exec(
            select(QuoteTopic.quote_id, Topic.name)
            .join(Topic, col(Topic.id) == col(QuoteTopic.topic_id))
            .where(col(QuoteTopic.quote_id).in_(part))
            .order_by(col(QuoteTopic.quote_id), col(Topic.name))
        ).all()
        for quote_id, name in rows:
            topics[quote_id].append(name)
    return render_with_topics(session, quotes, topics)


def render_with_topics(session: Session, quotes: Sequence[QuoteFields], topics: Mapping[int, list[str]]) -> list[QuoteOut]:
    """The quotes (stored rows, or rows just written) with their speakers read, their topics given by quote id."""
    speaker_ids = sorted({q.speaker_id for q in quotes if q.speaker_id is not None})
    speakers = {}
    for part in in_parts(speaker_ids):
        speakers.update((s.id, s) for s in session.connection().execute(_SPEAKERS, {"ids": list(part)}))
    members = group_members(session, [s.id for s in speakers.values() if s.kind == "group"])
    return [_render(q, speakers.get(q.speaker_id), topics.get(q.id, []), members.get(q.speaker_id, []))
            for q in quotes]


def group_members(session: Session, group_ids: list[int]) -> dict[int, list[MemberRef]]:
    """Each group's members, in the order its name gives them."""
    members: dict[int, list[MemberRef]] = defaultdict(list)
    for part in in_parts(sorted(group_ids)):
        for group_id, member_id, name in session.exec(
            select(SpeakerMember.group_id, Speaker.id, Speaker.name)
            .join(Speaker, col(Speaker.id) == col(SpeakerMember.member_id))
            .where(col(SpeakerMember.group_id).in_(part))
            .order_by(col(SpeakerMember.group_id), col(SpeakerMember.position), col(Speaker.id))
        ).all():
            members[group_id].append(MemberRef(id=member_id, name=name))
    return members


def _render(quote: QuoteFields, speaker: Row | None, topics: list[str], members: list[MemberRef]) -> QuoteOut:
    speaker_ref = None
    if speaker is not None:
        speaker_ref = SpeakerRef(
            id=speaker.id,
            name=speaker.name,
            kind=speaker.kind,
            role=quote.role,
            mention=_span(quote.mention_text, quote.mention_start, quote.mention_end),
            gender=quote.speaker_gender,
            members=members,
        )
    return QuoteOut(
        id=quote.id,
        article_id=quote.article_id,
        text=quote.text,
        start=quote.start,
        end=quote.end,
        spans=[(a, b) for a, b in quote.spans],
        kind=quote.kind,
        cue=_span(quote.cue_text, quote.cue_start, quote.cue_end),
        speaker=speaker_ref,
        confidence=quote.confidence,
        topics=topics,
        status=quote.status,
        origin=quote.origin,
        corrected=quote.edited,
        pipeline=PipelineSaid.model_validate(quote.pipeline_said) if quote.pipeline_said is not None else None,
    )


def article_summary(article: object, quote_count: int) -> dict:
    """`article`: a stored Article, or the values of one just written (the same attribute names)."""
    return dict(
        id=article.id,
        url=article.url,
        title=article.title,
        source=article.source,
        published_at=article.published_at,
        created_at=article.created_at,
        quote_count=quote_count,
    )


def entities_out(entities: Sequence[object], quotes: Sequence[QuoteFields]) -> list[EntityOut]:
    """The article's entity table (ArticleEntity rows, in position order), each entry with the quotes it speaks
    (`quotes` in text order) and the archive speaker they went to."""
    speaking: dict[int, list[QuoteFields]] = {}
    for quote in quotes:
        if quote.entity_index is not None:
            speaking.setdefault(quote.entity_index, []).append(quote)
    return [
        EntityOut(name=e.name, kind=e.kind, aliases=e.aliases, roles=e.roles, gender=e.gender, plural=e.plural,
                  speaker_id=next((q.speaker_id for q in speaking.get(e.position, []) if q.speaker_id), None),
                  quote_ids=[q.id for q in speaking.get(e.position, [])])
        for e in entities
    ]


def written_article(session: Session, *, article: dict, quotes: Sequence[dict], topics: Sequence[list[str]],
                    entities: Sequence[dict]) -> ArticleDetail:
    """The answer for an article just written, from the values inserted (each row with its id) and each quote's
    topics, in insertion order: what get_article would read back, without reading it (only the speakers' archive
    names and group members are read). A new article's quotes are all unreviewed, none edited."""
    stored = [SimpleNamespace(**row, pipeline_said=None, edited=False) for row in quotes]
    by_id = {q.id: names for q, names in zip(stored, topics)}
    stored.sort(key=lambda q: (q.start, q.id))
    return ArticleDetail(**article_summary(SimpleNamespace(**article), len(stored)), text=article["text"],
                         quotes=render_with_topics(session, stored, by_id),
                         entities=entities_out([SimpleNamespace(**e) for e in entities], stored))
