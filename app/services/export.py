"""Every quote matching GET /quotes's filters, as CSV or NDJSON, streamed in constant memory: ids are read a batch
at a time by keyset (below the last id sent, through the same index-driven id query as a page), and each batch's
rows are fetched, written out and dropped before the next."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import datetime

from sqlmodel import Session, col, select

from app.clock import as_utc
from app.models import Article, Quote, Speaker
from app.services.quotes import QuoteFilters, following_merges, id_query

FIELDS = ("quote_id", "article_id", "url", "title", "source", "published_at", "text", "kind", "start", "end", "cue",
          "speaker_id", "speaker_name", "speaker_kind", "speaker_role", "speaker_gender", "confidence", "status")
BATCH_SIZE = 1000


def _batches(session: Session, filters: QuoteFilters, batch_size: int) -> Iterator[list[tuple]]:
    filters = following_merges(session, filters)
    plan = id_query(session, filters)
    if plan is None:
        return
    last_id: int | None = None
    while True:
        ids_query = plan.ids if last_id is None else plan.ids.where(plan.key < last_id)
        ids = list(session.execute(ids_query.order_by(plan.key.desc()).limit(batch_size)).scalars())
        if not ids:
            return
        yield session.execute(
            select(Quote.id, Quote.article_id, Article.url, Article.title, Article.source, Article.published_at,
                   Quote.text, Quote.kind, Quote.start, Quote.end, Quote.cue_text, Quote.speaker_id, Speaker.name,
                   Speaker.kind, Quote.role, Quote.speaker_gender, Quote.confidence, Quote.status)
            .join(Article, col(Article.id) == col(Quote.article_id))
            .outerjoin(Speaker, col(Speaker.id) == col(Quote.speaker_id))
            .where(col(Quote.id).in_(ids))
            .order_by(col(Quote.id).desc())
        ).all()
        if len(ids) < batch_size:
            return
        last_id = ids[-1]


def _plain(value: object) -> object:
    return as_utc(value).isoformat() if isinstance(value, datetime) else value


def export_ndjson(*, session: Session, filters: QuoteFilters, batch_size: int = BATCH_SIZE) -> Iterator[str]:
    """One JSON object per line and quote, newest first; one chunk per batch."""
    for rows in _batches(session, filters, batch_size):
        yield "".join(json.dumps(dict(zip(FIELDS, map(_plain, row))), ensure_ascii=False) + "\n" for row in rows)


def export_csv(*, session: Session, filters: QuoteFilters, batch_size: int = BATCH_SIZE) -> Iterator[str]:
    """A header line, then one row per quote, newest first (RFC 4180 quoting; text may hold line breaks); one
    chunk per batch."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(FIELDS)
    for rows in _batches(session, filters, batch_size):
        writer.writerows(["" if v is None else _plain(v) for v in row] for row in rows)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    if buffer.tell():  # nothing matched: the header alone
        yield buffer.getvalue()
