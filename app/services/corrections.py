"""Editors' corrections: change a quote's speaker, role, kind or status, add a quote the pipeline missed, and the
history of every such change. Each call is one transaction: everything is checked before anything is written.

The first time an editor touches a quote, what the pipeline had said is saved on it (`pipeline_said`); from then on
a re-analysis keeps the editor's version (see app.services.reanalysis)."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from app.db import in_one_transaction
from app.errors import InvalidCorrection, NotFound, SpanConflict
from app.models import Article, Quote, QuoteCorrection, QuoteOrigin, QuoteStatus, QuoteTopic, Speaker
from app.nlp.contract import ExtractedSpeaker, SpeakerKind
from app.schemas import CorrectionOut, Page, QuoteIn, QuotePatch, QuoteOut, SpanIn, SpeakerById, SpeakerByName
from app.services import people, storage
from app.services.rendering import render_quotes
from app.text import spans_overlap

ADDED_QUOTE_CONFIDENCE = 1.0  # an editor's own quote: as sure as the desk is


def find_or_create_speaker(session: Session, *, name: str, kind: str | None, article_id: int) -> int:
    """The one place the desk turns a typed name into a speaker id. A name goes to the archive's matcher
    (app.services.people: "Joseph Biden" finds Joe Biden); without a kind, a speaker already known by that name of any
    kind is taken (a person first). Descriptions ("a senior official") stay the article's own, as storage keeps them."""
    if kind is None:
        for candidate in (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION, SpeakerKind.GROUP):
            found = people.match_speaker(session=session, name=name, kind=candidate).speaker_id
            if found is not None:
                return found
    probe = ExtractedSpeaker(name=name, kind=SpeakerKind(kind or SpeakerKind.PERSON), role=None, mention=None)
    if people.is_shared_across_articles(probe):
        return people.find_or_create_speaker(session=session, name=name, kind=probe.kind)
    return people.insert_article_speaker(session=session, speaker=probe, article_id=article_id)


def _speaker_id(session: Session, choice: SpeakerById | SpeakerByName | None, article_id: int) -> int | None:
    if choice is None:
        return None
    if isinstance(choice, SpeakerById):
        if session.get(Speaker, choice.id) is None:
            raise NotFound("speaker", choice.id)
        return choice.id
    name = " ".join(choice.name.split())
    if not name:
        raise InvalidCorrection("the speaker's name is empty")
    return find_or_create_speaker(session, name=name, kind=choice.kind, article_id=article_id)


def _speaker_value(session: Session, speaker_id: int | None) -> dict | None:
    speaker = session.get(Speaker, speaker_id) if speaker_id is not None else None
    return None if speaker is None else {"id": speaker.id, "name": speaker.name, "kind": speaker.kind}


def _pipeline_said(session: Session, quote: Quote) -> dict:
    return {"speaker": _speaker_value(session, quote.speaker_id), "role": quote.role, "kind": quote.kind}


def _quote_topic_ids(session: Session, quote_id: int) -> list[int]:
    return list(session.exec(select(QuoteTopic.topic_id).where(col(QuoteTopic.quote_id) == quote_id)).all())


def _record(session: Session, *, quote: Quote | None, article_id: int, author: str, field: str, before: object,
            after: object, made_at: datetime) -> None:
    session.add(QuoteCorrection(article_id=article_id, quote_id=quote.id if quote else None, author=author[:100],
                                made_at=made_at, field=field, before=before, after=after))


def _delete_if_unused(session: Session, speaker_id: int) -> None:
    """A speaker whose last quote an editor gave to someone else is no longer anyone's speaker (as retraction
    sweeps such speakers too); what the pipeline had said keeps the name."""
    session.execute(delete(Speaker).where(col(Speaker.id) == speaker_id, *storage.unused_speaker()))


def _apply_status(session: Session, quote: Quote, status: str) -> None:
    """Keeps topic.quote_count equal to the topic's visible quotes: a rejected quote leaves the counts."""
    was_visible = quote.status != QuoteStatus.REJECTED
    is_visible = status != QuoteStatus.REJECTED
    if was_visible != is_visible:
        delta = 1 if is_visible else -1
        storage.add_to_topic_counts(session, Counter({t: delta for t in _quote_topic_ids(session, quote.id)}))
    quote.status = status


def _apply_patch(session: Session, quote: Quote, patch: QuotePatch) -> list[tuple[str, object, object]]:
    """Changes the quote as `patch` says; returns each change as (field, before, after)."""
    sent = patch.model_fields_set
    changes: list[tuple[str, object, object]] = []
    new_role = quote.role
    if "speaker" in sent:
        new_speaker_id = _speaker_id(session, patch.speaker, quote.article_id)
        if new_speaker_id != quote.speaker_id:
            changes.append(("speaker", _speaker_value(session, quote.speaker_id),
                            _speaker_value(session, new_speaker_id)))
            quote.speaker_id = new_speaker_id
            quote.mention_text = quote.mention_start = quote.mention_end = None  # it named the old speaker
            new_role = None  # the old speaker's role
        if isinstance(patch.speaker, SpeakerByName) and patch.speaker.role is not None:
            new_role = patch.speaker.role.strip() or None
    if "role" in sent:
        new_role = (patch.role or "").strip() or None
    if new_role != quote.role:
        changes.append(("role", quote.role, new_role))
        quote.role = new_role
    if "kind" in sent and patch.kind != quote.kind:
        changes.append(("kind", quote.kind, patch.kind))
        quote.kind = patch.kind
    if "status" in sent and patch.status != quote.status:
        changes.append(("status", quote.status, patch.status))
        _apply_status(session, quote, patch.status)
    return changes


def correct_quote(*, session: Session, quote_id: int, patch: QuotePatch, author: str) -> QuoteOut:
    """Applies the fields sent in `patch` and records each change, in one transaction. Raises NotFound,
    InvalidCorrection."""
    if not patch.model_fields_set:
        raise InvalidCorrection("nothing to change: send speaker, role, kind or status")

    def write() -> Quote:
        if "speaker" in patch.model_fields_set:
            storage.lock_shared_rows(session)  # the old speaker may be left unused and swept
        quote = session.get(Quote, quote_id)
        if quote is None:
            raise NotFound("quote", quote_id)
        old_speaker_id = quote.speaker_id
        if not quote.edited:
            quote.pipeline_said = _pipeline_said(session, quote)
        now = datetime.now(timezone.utc)
        for field, before, after in _apply_patch(session, quote, patch):
            _record(session, quote=quote, article_id=quote.article_id, author=author, field=field,
                    before=before, after=after, made_at=now)
        session.add(quote)
        if old_speaker_id is not None and old_speaker_id != quote.speaker_id:
            session.flush()
            _delete_if_unused(session, old_speaker_id)
        return quote

    return render_quotes(session, [in_one_transaction(session, write)])[0]


def _check_span(span: tuple[int, int], text_length: int, what: str) -> None:
    start, end = span
    if not 0 <= start < end <= text_length:
        raise SpanConflict(
            f"{what} [{start}, {end}) is not a span of the article's text (0 ≤ start < end ≤ {text_length})"
        )


def _check_new_spans(session: Session, article: Article, quote: QuoteIn) -> list[tuple[int, int]]:
    spans = sorted((start, end) for start, end in quote.spans)
    for span in spans:
        _check_span(span, len(article.text), "span")
    if any(previous[1] > following[0] for previous, following in zip(spans, spans[1:])):
        raise SpanConflict("the quote's spans overlap each other")
    for extra, what in ((quote.cue, "cue"), (quote.mention, "mention")):
        if extra is not None:
            _check_span((extra.start, extra.end), len(article.text), what)
            if spans_overlap([(extra.start, extra.end)], spans):
                raise SpanConflict(f"the {what} lies inside the quote")
    others = session.exec(
        select(Quote.id, Quote.spans).where(col(Quote.article_id) == article.id,
                                            col(Quote.status) != QuoteStatus.REJECTED)
    ).all()
    for other_id, other_spans in others:
        if spans_overlap(spans, other_spans):
            raise SpanConflict(f"the new quote overlaps quote {other_id}; correct or reject that one instead")
    return spans


def _span_fields(text: str, span: SpanIn | None, prefix: str) -> dict:
    if span is None:
        return {f"{prefix}_text": None, f"{prefix}_start": None, f"{prefix}_end": None}
    return {f"{prefix}_text": text[span.start:span.end][:200 if prefix == "cue" else 500],
            f"{prefix}_start": span.start, f"{prefix}_end": span.end}


def add_quote(*, session: Session, article_id: int, quote: QuoteIn, author: str) -> QuoteOut:
    """Adds a quote the pipeline missed, accepted and marked as the editor's. Raises NotFound, InvalidCorrection,
    SpanConflict (a rejected quote may be overlapped: that one was not a quotation)."""

    def write() -> Quote:
        article = session.get(Article, article_id)
        if article is None:
            raise NotFound("article", article_id)
        spans = _check_new_spans(session, article, quote)
        speaker_id = _speaker_id(session, quote.speaker, article_id)
        role = (quote.role if quote.role is not None else getattr(quote.speaker, "role", None) or "").strip() or None
        row = Quote(
            article_id=article_id, speaker_id=speaker_id, text=" … ".join(article.text[s:e] for s, e in spans),
            start=spans[0][0], end=spans[-1][1], spans=[list(s) for s in spans], kind=quote.kind, role=role,
            confidence=ADDED_QUOTE_CONFIDENCE, dated_at=article.published_at or article.created_at,
            status=QuoteStatus.ACCEPTED, origin=QuoteOrigin.EDITOR,
            **_span_fields(article.text, quote.cue, "cue"), **_span_fields(article.text, quote.mention, "mention"),
        )
        session.add(row)
        session.flush()
        after = {"spans": row.spans, "kind": row.kind, "speaker": _speaker_value(session, speaker_id), "role": role}
        _record(session, quote=row, article_id=article_id, author=author, field="quote", before=None, after=after,
                made_at=datetime.now(timezone.utc))
        return row

    return render_quotes(session, [in_one_transaction(session, write)])[0]


def article_history(*, session: Session, article_id: int, limit: int, offset: int) -> Page[CorrectionOut]:
    """Every change made to the article's quotes, newest first."""
    if session.get(Article, article_id) is None:
        raise NotFound("article", article_id)
    condition = col(QuoteCorrection.article_id) == article_id
    total = session.exec(select(func.count()).select_from(QuoteCorrection).where(condition)).one()
    rows = session.exec(
        select(QuoteCorrection).where(condition).order_by(col(QuoteCorrection.id).desc()).offset(offset).limit(limit)
    ).all()
    items = [CorrectionOut.model_validate(row, from_attributes=True) for row in rows]
    return Page[CorrectionOut](total=total, limit=limit, offset=offset, items=items)
