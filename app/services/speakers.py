"""Speakers of the archive: who they are (aliases, roles over time, stated gender, outlets), and editors' merges."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import distinct, func, text, update
from sqlmodel import Session, col, select

from app.db import in_one_transaction
from app.errors import Conflict, NotFound
from app.models import Article, Quote, Speaker, SpeakerAlias, SpeakerAmbiguity, SpeakerMember, SpeakerToken
from app.schemas import OutletCount, Page, RoleSeen, SpeakerDetail, SpeakerOut, StatedGender
from app.services.genders import UNDECIDED, articles_stating, decided_gender
from app.services.people import refresh_display_names
from app.services.rendering import group_members
from app.services.search import speaker_ids_matching
from app.services.upsert import insert_ignoring_duplicates
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
    """Current speakers only: a merged speaker's name forms and words belong to the speaker it was merged into."""
    conditions = [col(Speaker.merged_into_id).is_(None)]
    if name is not None:
        conditions.append(col(Speaker.id).in_(speaker_ids_matching(name)))
    if kind is not None:
        conditions.append(col(Speaker.kind) == kind)
    total = session.exec(select(func.count()).select_from(Speaker).where(*conditions)).one()
    speakers = session.exec(
        select(Speaker).where(*conditions).order_by(col(Speaker.name_key), col(Speaker.id)).offset(offset).limit(limit)
    ).all()
    return Page[SpeakerOut](total=total, limit=limit, offset=offset, items=_speaker_out(session, list(speakers)))


def current_speaker(session: Session, speaker_id: int) -> Speaker:
    """The speaker an id stands for now: itself, or the one it was merged into (merges leave one level of
    redirect: merging re-points earlier redirects too)."""
    speaker = session.get(Speaker, speaker_id)
    if speaker is None:
        raise NotFound("speaker", speaker_id)
    if speaker.merged_into_id is not None:
        speaker = session.get(Speaker, speaker.merged_into_id)
        if speaker is None:
            raise NotFound("speaker", speaker_id)
    return speaker


def get_speaker(*, session: Session, speaker_id: int) -> SpeakerDetail:
    """A merged id answers with the speaker it was merged into (its `id` says which)."""
    speaker = current_speaker(session, speaker_id)
    summary = _speaker_out(session, [speaker])[0]
    sid = speaker.id
    aliases = session.exec(select(SpeakerAlias.name).where(col(SpeakerAlias.speaker_id) == sid)
                           .order_by(col(SpeakerAlias.name))).all()
    history = [
        RoleSeen(role=role, first_seen=first, last_seen=last, article_count=articles)
        for role, first, last, articles in session.exec(
            select(Quote.role, func.min(Quote.dated_at), func.max(Quote.dated_at), func.count(distinct(Quote.article_id)))
            .where(col(Quote.speaker_id) == sid, col(Quote.role).is_not(None))
            .group_by(col(Quote.role)).order_by(func.min(Quote.dated_at), col(Quote.role))
        ).all()
    ]
    outlets = [
        OutletCount(source=source, article_count=articles, quote_count=quotes)
        for source, articles, quotes in session.exec(
            select(Article.source, func.count(distinct(Quote.article_id)), func.count())
            .join(Article, col(Article.id) == col(Quote.article_id))
            .where(col(Quote.speaker_id) == sid)
            .group_by(col(Article.source)).order_by(func.count().desc(), col(Article.source))
        ).all()
    ]
    merged = session.exec(select(Speaker.id).where(col(Speaker.merged_into_id) == sid).order_by(col(Speaker.id))).all()
    ambiguous = session.exec(select(SpeakerAmbiguity.candidate_id).where(col(SpeakerAmbiguity.speaker_id) == sid)
                             .order_by(col(SpeakerAmbiguity.candidate_id))).all()
    return SpeakerDetail(**summary.model_dump(), named=speaker.named, aliases=list(aliases), role_history=history,
                         gender=stated_gender(session, sid), outlets=outlets, merged_ids=list(merged),
                         ambiguous_with=list(ambiguous), members=group_members(session, [sid]).get(sid, []))


def stated_gender(session: Session, speaker_id: int) -> StatedGender:
    """The decided gender (genders.decided_gender, the rule matching and statistics use) with its article counts."""
    counts = articles_stating([speaker_id])
    row = session.execute(select(counts.c.female, counts.c.male,
                                 decided_gender(counts.c.female, counts.c.male))).first()
    if row is None:
        return StatedGender(value=UNDECIDED, female_articles=0, male_articles=0)
    female, male, value = row
    return StatedGender(value=value, female_articles=female, male_articles=male)


def merge_speakers(*, session: Session, speaker_id: int, into: int) -> SpeakerDetail:
    """Moves every quote, alias and name word of `speaker_id` to `into` and leaves a redirect, so the old id keeps
    answering with the merged speaker. Commits."""
    in_one_transaction(session, lambda: _merge(session, speaker_id, into))
    return get_speaker(session=session, speaker_id=into)


def _merge(session: Session, speaker_id: int, into: int) -> None:
    """On PostgreSQL, SHARE ROW EXCLUSIVE on `speaker` waits out the article writes in flight (each holds ROW
    EXCLUSIVE on it from matching its speakers until it commits) and holds new ones back: a quote matched to the
    merged speaker a moment ago is moved with the rest, not left behind on the redirect."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE speaker IN SHARE ROW EXCLUSIVE MODE"))
    source = session.get(Speaker, speaker_id)
    if source is None:
        raise NotFound("speaker", speaker_id)
    target = current_speaker(session, into)
    if source.merged_into_id is not None:
        raise Conflict(f"speaker {speaker_id} was already merged into speaker {source.merged_into_id}")
    if target.id == source.id:
        raise Conflict(f"speaker {speaker_id} cannot be merged into itself")
    session.execute(update(Quote).where(col(Quote.speaker_id) == source.id).values(speaker_id=target.id))
    aliases = session.exec(select(SpeakerAlias.match_key, SpeakerAlias.name, SpeakerAlias.seen)
                           .where(col(SpeakerAlias.speaker_id) == source.id)).all()
    shared = set(session.exec(select(SpeakerAlias.match_key).where(
        col(SpeakerAlias.speaker_id) == target.id, col(SpeakerAlias.match_key).in_([k for k, _, _ in aliases]))).all())
    for key, _, seen in aliases:  # a form both had: its sightings add up
        if key in shared:
            session.execute(update(SpeakerAlias).where(col(SpeakerAlias.speaker_id) == target.id,
                                                       col(SpeakerAlias.match_key) == key)
                            .values(seen=col(SpeakerAlias.seen) + seen))
    insert_ignoring_duplicates(session, SpeakerAlias.__table__,
                               [{"speaker_id": target.id, "match_key": k, "name": n, "seen": seen}
                                for k, n, seen in aliases if k not in shared],
                               ["speaker_id", "match_key"])
    tokens = session.exec(select(SpeakerToken.token).where(col(SpeakerToken.speaker_id) == source.id)).all()
    insert_ignoring_duplicates(session, SpeakerToken.__table__,
                               [{"token": t, "speaker_id": target.id} for t in tokens], ["token", "speaker_id"])
    for table in (SpeakerAlias, SpeakerToken):
        session.execute(table.__table__.delete().where(table.__table__.c.speaker_id == source.id))
    _move_ambiguities(session, source.id, target.id)
    _move_memberships(session, source.id, target.id)
    session.execute(update(Speaker).where(col(Speaker.merged_into_id) == source.id).values(merged_into_id=target.id))
    session.execute(update(Speaker).where(col(Speaker.id) == source.id).values(merged_into_id=target.id))
    refresh_display_names(session=session, speaker_ids=[target.id])


def _move_ambiguities(session: Session, source_id: int, target_id: int) -> None:
    """A merge answers the questions about the merged speaker; those naming it as a candidate now name the target
    (and vanish where they would name a speaker as a candidate for itself)."""
    table = SpeakerAmbiguity.__table__
    session.execute(table.delete().where(table.c.speaker_id == source_id))
    askers = session.exec(select(SpeakerAmbiguity.speaker_id).where(col(SpeakerAmbiguity.candidate_id) == source_id)).all()
    session.execute(table.delete().where(table.c.candidate_id == source_id))
    insert_ignoring_duplicates(
        session, table, [{"speaker_id": a, "candidate_id": target_id} for a in askers if a != target_id],
        ["speaker_id", "candidate_id"])


def _move_memberships(session: Session, source_id: int, target_id: int) -> None:
    """The merged speaker's places in groups become the target's, and its members (if a group) the target's."""
    table = SpeakerMember.__table__
    rows = session.exec(select(SpeakerMember.group_id, SpeakerMember.member_id, SpeakerMember.position).where(
        (col(SpeakerMember.group_id) == source_id) | (col(SpeakerMember.member_id) == source_id))).all()
    session.execute(table.delete().where((table.c.group_id == source_id) | (table.c.member_id == source_id)))
    moved = {}
    for group_id, member_id, position in rows:
        group_id = target_id if group_id == source_id else group_id
        member_id = target_id if member_id == source_id else member_id
        if group_id != member_id:
            moved[(group_id, member_id)] = min(position, moved.get((group_id, member_id), position))
    insert_ignoring_duplicates(session, table, [{"group_id": g, "member_id": m, "position": p}
                                                for (g, m), p in moved.items()], ["group_id", "member_id"])
