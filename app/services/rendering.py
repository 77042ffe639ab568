"""Turns stored rows into API shapes in bulk: one query per related table, never one per quote."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlmodel import Session, col, select

from app.db import in_parts
from app.models import Quote, QuoteTopic, Speaker, SpeakerMember, Topic
from app.schemas import MemberRef, PipelineSaid, QuoteOut, SpeakerRef, TextSpanOut


def _span(text: str | None, start: int | None, end: int | None) -> TextSpanOut | None:
    if text is None or start is None or end is None:
        return None
    return TextSpanOut(text=text, start=start, end=end)


def render_quotes(session: Session, quotes: Sequence[Quote]) -> list[QuoteOut]:
    if not quotes:
        return []
    quote_ids = [q.id for q in quotes]
    speaker_ids = sorted({q.speaker_id for q in quotes if q.speaker_id is not None})
    speakers = {
        s.id: s for part in in_parts(speaker_ids)
        for s in session.exec(select(Speaker).where(col(Speaker.id).in_(part))).all()
    }
    topics: dict[int, list[str]] = defaultdict(list)
    for part in in_parts(quote_ids):
        rows = session.exec(
            select(QuoteTopic.quote_id, Topic.name)
            .join(Topic, col(Topic.id) == col(QuoteTopic.topic_id))
            .where(col(QuoteTopic.quote_id).in_(part))
            .order_by(col(QuoteTopic.quote_id), col(Topic.name))
        ).all()
        for quote_id, name in rows:
            topics[quote_id].append(name)
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


def _render(quote: Quote, speaker: Speaker | None, topics: list[str], members: list[MemberRef]) -> QuoteOut:
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
