"""Speakers with the roles articles gave them and how often they are quoted."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.errors import NotFound
from app.models import Quote, Speaker
from app.schemas import Page, SpeakerOut
from app.services.search import speaker_ids_matching
from app.services.visibility import visible_quotes_condition


def _speaker_out(session: Session, speakers: list[Speaker]) -> list[SpeakerOut]:
    ids = [s.id for s in speakers]
    if not ids:
        return []
    counts = dict(
        session.exec(
            select(Quote.speaker_id, func.count())
            .where(col(Quote.speaker_id).in_(ids), visible_quotes_condition())
            .group_by(Quote.speaker_id)
        ).all()
    )
    roles: dict[int, list[str]] = defaultdict(list)
    for speaker_id, role in session.exec(
        select(Quote.speaker_id, Quote.role)
        .where(col(Quote.speaker_id).in_(ids), col(Quote.role).is_not(None), visible_quotes_condition())
        .distinct()
        .order_by(Quote.speaker_id, Quote.role)
    ).all():
        roles[speaker_id].append(role)
    return [
        SpeakerOut(id=s.id, name=s.name, kind=s.kind, roles=roles.get(s.id, []), quote_count=counts.get(s.id, 0))
        for s in speakers
    ]


def list_speakers(*, session: Session, name: str | None, kind: str | None, limit: int, offset: int) -> Page[SpeakerOut]:
    conditions = []
    if name is not None:
        conditions.append(col(Speaker.id).in_(speaker_ids_matching(name)))
    if kind is not None:
        conditions.append(col(Speaker.kind) == kind)
    total = session.exec(select(func.count()).select_from(Speaker).where(*conditions)).one()
    speakers = session.exec(
        select(Speaker).where(*conditions).order_by(col(Speaker.name_key), col(Speaker.id)).offset(offset).limit(limit)
    ).all()
    return Page[SpeakerOut](total=total, limit=limit, offset=offset, items=_speaker_out(session, list(speakers)))


def get_speaker(*, session: Session, speaker_id: int) -> SpeakerOut:
    speaker = session.get(Speaker, speaker_id)
    if speaker is None:
        raise NotFound("speaker", speaker_id)
    return _speaker_out(session, [speaker])[0]
