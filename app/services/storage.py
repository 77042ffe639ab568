"""Writes one analysed article — the article, its speakers, quotes and topics — in a single transaction.

Speakers and topics are shared across articles and may be inserted by several workers at once, so they are
upserted with ON CONFLICT DO NOTHING and read back, never checked-then-inserted.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Table, bindparam, func, or_, text, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from app.clock import as_utc
from app.db import retry_when_busy
from app.models import Article, Quote, QuoteTopic, Speaker, SpeakerToken, Topic
from app.nlp.contract import ExtractedQuote, ExtractedSpeaker
from app.text import fold, name_tokens

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me"}
VALUES_PER_QUERY = 5_000  # bound parameters per look-up: stock SQLite allows 32,766, PostgreSQL 65,535; an article may name more
ANONYMOUS_PREFIXES = ("a ", "an ", "another ", "one ", "some ", "several ", "two ", "three ")


@dataclass(frozen=True, slots=True)
class ArticleInput:
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_at: datetime | None = None

    @property
    def text_sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()


def find_existing_article(session: Session, article: ArticleInput) -> Article | None:
    condition = col(Article.text_sha256) == article.text_sha256
    if article.url:
        condition = or_(condition, col(Article.url) == article.url)
    return session.exec(select(Article).where(condition).order_by(col(Article.id)).limit(1)).first()


def speaker_scope_key(speaker: ExtractedSpeaker, article_marker: str) -> str:
    """Named speakers are shared across articles; descriptions ("a senior official", "sources") and unresolved
    pronouns ("He", kind unknown) are not people we can recognise again, so they are kept apart per article."""
    folded = fold(speaker.name)
    is_description = (
        speaker.kind == "unknown"
        or folded in PRONOUNS
        or folded.startswith(ANONYMOUS_PREFIXES)
        or speaker.name[:1].islower()
    )
    key = f"{folded} @{article_marker}" if is_description else folded
    return key[:300]


def store_article(*, session: Session, article: ArticleInput, quotes: Sequence[ExtractedQuote]) -> tuple[int, bool]:
    """Returns (article id, created). An article already stored (same URL or text, perhaps written by another
    worker a moment ago) is not written again."""

    def write() -> tuple[int, bool]:
        try:
            article_id = _write(session, article, quotes)
            session.commit()
            return article_id, True
        except IntegrityError:
            session.rollback()
            existing = find_existing_article(session, article)
            if existing is None:
                raise
            return existing.id, False
        except BaseException:
            session.rollback()
            raise

    return retry_when_busy(write)


def _write(session: Session, article: ArticleInput, quotes: Sequence[ExtractedQuote]) -> int:
    now = datetime.now(timezone.utc)
    row = Article(
        url=article.url,
        text_sha256=article.text_sha256,
        title=article.title,
        source=article.source,
        published_at=as_utc(article.published_at),
        created_at=now,
        text=article.text,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    dated_at = as_utc(article.published_at) or now

    speaker_keys = {
        q.speaker: (speaker_scope_key(q.speaker, str(row.id)), q.speaker.kind) for q in quotes if q.speaker
    }
    speaker_ids = _upsert_speakers(session, speaker_keys)
    topic_ids = _upsert_topics(session, {t for q in quotes for t in q.topics})

    quote_rows = [
        Quote(
            article_id=row.id,
            speaker_id=speaker_ids[speaker_keys[q.speaker]] if q.speaker else None,
            text=q.text,
            start=q.start,
            end=q.end,
            spans=[list(s) for s in q.spans],
            kind=q.kind,
            cue_text=q.cue.text if q.cue else None,
            cue_start=q.cue.start if q.cue else None,
            cue_end=q.cue.end if q.cue else None,
            mention_text=q.speaker.mention.text if q.speaker and q.speaker.mention else None,
            mention_start=q.speaker.mention.start if q.speaker and q.speaker.mention else None,
            mention_end=q.speaker.mention.end if q.speaker and q.speaker.mention else None,
            role=q.speaker.role if q.speaker else None,
            confidence=q.confidence,
            dated_at=dated_at,
        )
        for q in quotes
    ]
    session.add_all(quote_rows)
    session.flush()
    links = {(topic_ids[_topic_name(t)], qr.id) for q, qr in zip(quotes, quote_rows) for t in q.topics if t}
    if links:
        session.execute(
            QuoteTopic.__table__.insert(), [{"topic_id": t, "quote_id": qid} for t, qid in sorted(links)]
        )
        _add_to_topic_counts(session, Counter(topic_id for topic_id, _ in links))
    return row.id


def _add_to_topic_counts(session: Session, deltas: Counter[int]) -> None:
    """In id order, so that writers sharing topics lock their rows in the same order and cannot deadlock."""
    rows = [{"topic_id": topic_id, "delta": delta} for topic_id, delta in sorted(deltas.items()) if delta]
    if rows:
        session.execute(
            update(Topic.__table__)
            .where(Topic.__table__.c.id == bindparam("topic_id"))
            .values(quote_count=Topic.__table__.c.quote_count + bindparam("delta")),
            rows,
        )


def _insert_ignoring_duplicates(session: Session, table: Table, rows: list[dict], keys: list[str]) -> None:
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    # Sorted so that concurrent writers take row locks in the same order and cannot deadlock.
    rows = sorted(rows, key=lambda r: tuple(str(r[k]) for k in keys))
    session.execute(insert(table).on_conflict_do_nothing(index_elements=keys), rows)


def _upsert_speakers(
    session: Session, speakers: dict[ExtractedSpeaker, tuple[str, str]]
) -> dict[tuple[str, str], int]:
    by_key: dict[tuple[str, str], ExtractedSpeaker] = {}
    for speaker, key in speakers.items():
        by_key.setdefault(key, speaker)
    if not by_key:
        return {}
    _insert_ignoring_duplicates(
        session,
        Speaker.__table__,
        [{"name": s.name[:300], "name_key": key, "kind": kind} for (key, kind), s in by_key.items()],
        ["name_key", "kind"],
    )
    keys = list(by_key)
    ids = {
        (key, kind): sid
        for part in range(0, len(keys), VALUES_PER_QUERY // 2)
        for sid, key, kind in session.exec(
            select(Speaker.id, Speaker.name_key, Speaker.kind).where(
                tuple_(col(Speaker.name_key), col(Speaker.kind)).in_(keys[part:part + VALUES_PER_QUERY // 2])
            )
        ).all()
    }
    tokens = [
        {"token": token[:100], "speaker_id": ids[key]} for key, s in by_key.items() for token in name_tokens(s.name)
    ]
    _insert_ignoring_duplicates(session, SpeakerToken.__table__, tokens, ["token", "speaker_id"])
    return ids


def _topic_name(topic: str) -> str:
    return topic[:200]


def _upsert_topics(session: Session, names: Iterable[str]) -> dict[str, int]:
    names = sorted({_topic_name(n) for n in names if n})
    if not names:
        return {}
    _insert_ignoring_duplicates(session, Topic.__table__, [{"name": n} for n in names], ["name"])
    return {
        name: topic_id
        for part in range(0, len(names), VALUES_PER_QUERY)
        for name, topic_id in session.exec(
            select(Topic.name, Topic.id).where(col(Topic.name).in_(names[part:part + VALUES_PER_QUERY]))
        ).all()
    }


def retract_article(session: Session, article_id: int) -> bool:
    """Deletes an article with its quotes and topic links, takes its quotes off the topic counts, and sweeps the
    speakers and topics no quote refers to any more. False if there is no such article. The caller commits.

    On PostgreSQL a concurrent article write may have just upserted one of the swept rows (ON CONFLICT DO NOTHING
    takes no row lock) and not yet committed the quote that uses it. Every such write holds ROW EXCLUSIVE on the
    table it upserted into until it commits, so taking SHARE ROW EXCLUSIVE first waits those writes out (and holds
    new ones back until this retraction commits): the sweep then sees their quotes, and no writer holds a topic row
    this retraction updates. SQLite has one writer at a time anyway."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE speaker, topic IN SHARE ROW EXCLUSIVE MODE"))
    article = session.get(Article, article_id)
    if article is None:
        return False
    per_topic = session.execute(
        select(QuoteTopic.topic_id, func.count())
        .join(Quote, col(Quote.id) == col(QuoteTopic.quote_id))
        .where(col(Quote.article_id) == article_id)
        .group_by(col(QuoteTopic.topic_id))
    ).all()
    _add_to_topic_counts(session, Counter({topic_id: -count for topic_id, count in per_topic}))
    session.delete(article)
    session.flush()
    session.execute(
        Speaker.__table__.delete().where(
            ~select(Quote.id).where(col(Quote.speaker_id) == col(Speaker.id)).exists()
        )
    )
    session.execute(
        Topic.__table__.delete().where(
            ~select(QuoteTopic.quote_id).where(col(QuoteTopic.topic_id) == col(Topic.id)).exists()
        )
    )
    return True
