"""Writes one analysed article — the article, its entity table, speakers, quotes and topics — in a single
transaction (on SQLite, the articles of one batch in one, see store_all_and_answer).

Speakers and topics are shared across articles and may be inserted by several workers at once, so they are
upserted with ON CONFLICT DO NOTHING and read back, never checked-then-inserted. Which archive speaker a named
speaker is, app/services/people.py decides.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import ColumnElement, bindparam, func, or_, text, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from app.clock import as_utc
from app.db import in_parts, retry_when_busy
from app.models import (Article, ArticleEntity, Quote, QuoteOrigin, QuoteStatus, QuoteTopic, Speaker, SpeakerMember,
                        Topic)
from app.nlp.contract import ExtractedAnalysis, ExtractedEntity, ExtractedQuote, ExtractedSpeaker, SpeakerKind
from app.schemas import ArticleDetail
from app.services import bulk
from app.services.people import SpeakerName, fold, resolve_speakers
from app.services.rendering import written_article
from app.services.upsert import insert_ignoring_duplicates



@dataclass(frozen=True, slots=True)
class ArticleInput:
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_at: datetime | None = None
    # Hashed once: the look-up before the analysis, the check for copies in one call and the write all use it.
    text_sha256: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text_sha256",
                           hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest())


# The statements of an article write, built once (see people.py), run through app.services.bulk: each row a tuple.
_ARTICLE, _QUOTE, _ENTITY, _TOPIC = Article.__table__, Quote.__table__, ArticleEntity.__table__, Topic.__table__
_BY_TEXT = (select(_ARTICLE.c.id).where(_ARTICLE.c.text_sha256 == bindparam("sha"))
            .order_by(_ARTICLE.c.id).limit(1))
_BY_TEXT_OR_URL = (select(_ARTICLE.c.id)
                   .where(or_(_ARTICLE.c.text_sha256 == bindparam("sha"), _ARTICLE.c.url == bindparam("url")))
                   .order_by(_ARTICLE.c.id).limit(1))
_INSERT_ARTICLE = _ARTICLE.insert().returning(_ARTICLE.c.id)
_INSERT_ENTITIES = _ENTITY.insert()
# PostgreSQL returns the ids of an INSERT … RETURNING of many rows in the rows' order when SQLAlchemy is asked to;
# SQLite returns them in no set order, but numbers new rows one above the largest rowid, in insertion order, and has
# one writer at a time: its ids are sorted instead (and the rows go through app.services.bulk, as tuples).
_INSERT_QUOTES = _QUOTE.insert().returning(_QUOTE.c.id)
_INSERT_QUOTES_IN_ORDER = _QUOTE.insert().returning(_QUOTE.c.id, sort_by_parameter_order=True)
_INSERT_TOPIC_LINKS = QuoteTopic.__table__.insert()
_TOPIC_IDS = (select(_TOPIC.c.name, _TOPIC.c.id).where(_TOPIC.c.name.in_(bindparam("names", expanding=True)))
              .order_by(_TOPIC.c.name))
_ADD_TO_TOPIC_COUNT = (update(_TOPIC).where(_TOPIC.c.id == bindparam("topic_id"))
                       .values(quote_count=_TOPIC.c.quote_count + bindparam("delta")))


def existing_article_id(session: Session, article: ArticleInput) -> int | None:
    """The stored article with the same text or URL, if any."""
    if article.url:
        query, values = _BY_TEXT_OR_URL, {"sha": article.text_sha256, "url": article.url}
    else:
        query, values = _BY_TEXT, {"sha": article.text_sha256}
    rows = bulk.query(session.connection(), query, values)
    return rows[0][0] if rows else None


def store_article(
    *, session: Session, article: ArticleInput, quotes: Sequence[ExtractedQuote],
    entities: Sequence[ExtractedEntity] = (), pipeline_version: str | None = None,
) -> tuple[int, bool]:
    """Returns (article id, created). An article already stored (same URL or text, perhaps written by another
    worker a moment ago) is not written again. `entities` is the article's entity table, which the quotes'
    speakers index into."""
    article_id, created, _ = _store(session, article, quotes, tuple(entities), pipeline_version, answer=False)
    return article_id, created


def store_and_answer(
    *, session: Session, article: ArticleInput, quotes: Sequence[ExtractedQuote],
    entities: Sequence[ExtractedEntity] = (), pipeline_version: str | None = None,
) -> tuple[int, ArticleDetail | None]:
    """As store_article, and the stored analysis to answer with, built from the rows just written (their ids, the
    speakers' archive names) instead of read back; None when the article was already stored (read that one)."""
    article_id, _, detail = _store(session, article, quotes, tuple(entities), pipeline_version, answer=True)
    return article_id, detail


def store_all_and_answer(
    *, session: Session, analysed: Sequence[tuple[ArticleInput, ExtractedAnalysis]],
    pipeline_version: str | None = None,
) -> list[tuple[int, ArticleDetail | None]]:
    """As store_and_answer for each article, in order (the articles of one call, none the same as another).

    On SQLite all of them are written in one transaction: its commit (a sync of the write-ahead log) costs the
    server as much CPU as writing a whole article, and SQLite has one writer at a time, so a longer transaction
    cannot deadlock. If one of them was stored meanwhile by another writer, the transaction is rolled back and each
    article is written in its own, as store_and_answer does (the one stored meanwhile is then not written again).
    On PostgreSQL each article keeps its own transaction: a writer takes the row locks of each article's speakers
    and topics in one global order, which several articles in one transaction would not keep."""
    if len(analysed) > 1 and session.get_bind().dialect.name == "sqlite":

        def write() -> list[tuple[int, ArticleDetail | None]]:
            try:
                answers = [_write_and_answer(session, article, analysis.quotes, tuple(analysis.entities),
                                             pipeline_version, answer=True) for article, analysis in analysed]
                session.commit()
                return answers
            except BaseException:
                session.rollback()
                raise

        try:
            return retry_when_busy(write)
        except IntegrityError:
            pass
    return [store_and_answer(session=session, article=article, quotes=analysis.quotes, entities=analysis.entities,
                             pipeline_version=pipeline_version) for article, analysis in analysed]


def _store(
    session: Session, article: ArticleInput, quotes: Sequence[ExtractedQuote], entities: tuple[ExtractedEntity, ...],
    pipeline_version: str | None, *, answer: bool,
) -> tuple[int, bool, ArticleDetail | None]:
    """(article id, created, the answer built from the rows written when `answer`)."""

    def write() -> tuple[int, bool, ArticleDetail | None]:
        try:
            article_id, detail = _write_and_answer(session, article, quotes, entities, pipeline_version, answer=answer)
            session.commit()
            return article_id, True, detail
        except IntegrityError:
            session.rollback()
            existing = existing_article_id(session, article)
            if existing is None:
                raise
            return existing, False, None
        except BaseException:
            session.rollback()
            raise

    return retry_when_busy(write)


def _write_and_answer(
    session: Session, article: ArticleInput, quotes: Sequence[ExtractedQuote], entities: tuple[ExtractedEntity, ...],
    pipeline_version: str | None, *, answer: bool,
) -> tuple[int, ArticleDetail | None]:
    """The article written (not committed), and with `answer` the analysis to answer with, built from its rows."""
    article_row, entity_rows, written = _write(session, article, quotes, entities, pipeline_version)
    detail = written_article(session, article=article_row, quotes=written.rows, topics=written.topics,
                             entities=entity_rows) if answer else None
    return article_row["id"], detail


def _write(
    session: Session, article: ArticleInput, quotes: Sequence[ExtractedQuote], entities: tuple[ExtractedEntity, ...],
    pipeline_version: str | None = None,
) -> tuple[dict, list[dict], WrittenQuotes]:
    """The rows written: the article's, its entity table's, its quotes'. Core statements (app.services.bulk), not
    the ORM's unit of work, which would cost more than the SQL."""
    now = datetime.now(timezone.utc)
    row = {"url": article.url, "text_sha256": article.text_sha256, "title": article.title, "source": article.source,
           "published_at": as_utc(article.published_at), "created_at": now, "text": article.text,
           "pipeline_version": pipeline_version}
    row["id"] = bulk.insert_returning(session.connection(), _INSERT_ARTICLE, [row])[0][0]
    entity_rows = _insert_entity_table(session, article_id=row["id"], entities=entities)
    written = _add_quotes(session, article_id=row["id"], dated_at=row["published_at"] or now, quotes=quotes,
                          entities=entities)
    return row, entity_rows, written


@dataclass(frozen=True, slots=True)
class WrittenQuotes:
    """Quotes as just inserted: each row's column values with its id, and each quote's topic names in the order
    the database sorts them (as a read of the stored quote lists them)."""

    rows: list[dict]
    topics: list[list[str]]


def add_quotes(
    session: Session, *, article_id: int, dated_at: datetime, quotes: Sequence[ExtractedQuote],
    entities: tuple[ExtractedEntity, ...] = (),
) -> list[int]:
    """Writes extracted quotes of a stored article with their speakers, topics and topic counts (the caller commits);
    returns their ids, in order.
    Used for a new article and by a re-analysis, which replaces some of an article's quotes."""
    written = _add_quotes(session, article_id=article_id, dated_at=dated_at, quotes=quotes, entities=entities)
    return [row["id"] for row in written.rows]


def _add_quotes(
    session: Session, *, article_id: int, dated_at: datetime, quotes: Sequence[ExtractedQuote],
    entities: tuple[ExtractedEntity, ...],
) -> WrittenQuotes:
    speaker_ids = _resolve_speakers(session, article_id, [q.speaker for q in quotes if q.speaker], entities)
    topic_names = [{_topic_name(t) for t in q.topics if t} for q in quotes]
    topic_ids = _upsert_topics(session, set().union(*topic_names))

    rows = [
        {
            "article_id": article_id,
            "speaker_id": speaker_ids[q.speaker] if q.speaker else None,
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "spans": [list(s) for s in q.spans],
            "kind": str(q.kind),
            "cue_text": q.cue.text if q.cue else None,
            "cue_start": q.cue.start if q.cue else None,
            "cue_end": q.cue.end if q.cue else None,
            "mention_text": q.speaker.mention.text if q.speaker and q.speaker.mention else None,
            "mention_start": q.speaker.mention.start if q.speaker and q.speaker.mention else None,
            "mention_end": q.speaker.mention.end if q.speaker and q.speaker.mention else None,
            "role": q.speaker.role if q.speaker else None,
            "confidence": q.confidence,
            "speaker_gender": article_stated_gender(q.speaker, entities),
            "entity_index": _entity_index(q.speaker, entities),
            "dated_at": dated_at,
            "status": QuoteStatus.UNREVIEWED.value,
            "origin": QuoteOrigin.PIPELINE.value,
        }
        for q in quotes
    ]
    if not rows:
        return WrittenQuotes([], [])
    # One multi-row INSERT … RETURNING for all of them (ORM objects would cost more than the SQL), their ids in the
    # rows' order (see _INSERT_QUOTES).
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        quote_ids = sorted(quote_id for quote_id, in bulk.insert_returning(connection, _INSERT_QUOTES, rows))
    else:
        quote_ids = list(connection.execute(_INSERT_QUOTES_IN_ORDER, rows).scalars())
    for row, quote_id in zip(rows, quote_ids):
        row["id"] = quote_id
    links = {(topic_ids[name], quote_id) for names, quote_id in zip(topic_names, quote_ids) for name in names}
    if links:
        bulk.executemany(connection, _INSERT_TOPIC_LINKS,
                         [{"topic_id": t, "quote_id": qid} for t, qid in sorted(links)])
        add_to_topic_counts(session, Counter(topic_id for topic_id, _ in links))
    rank = {name: position for position, name in enumerate(topic_ids)}
    return WrittenQuotes(rows, [sorted(names, key=rank.__getitem__) for names in topic_names])


def replace_entity_table(session: Session, *, article_id: int, entities: Sequence[ExtractedEntity]) -> None:
    """The article's entity table becomes `entities` (a new article's, or a re-analysis's)."""
    session.execute(ArticleEntity.__table__.delete().where(ArticleEntity.__table__.c.article_id == article_id))
    _insert_entity_table(session, article_id=article_id, entities=entities)


def _insert_entity_table(session: Session, *, article_id: int, entities: Sequence[ExtractedEntity]) -> list[dict]:
    rows = [_entity_row(article_id, i, e) for i, e in enumerate(entities)]
    bulk.executemany(session.connection(), _INSERT_ENTITIES, rows)
    return rows


def relink_entities(
    session: Session, *, quotes: dict[int, ExtractedSpeaker | None], unlinked: Sequence[int],
    entities: Sequence[ExtractedEntity],
) -> None:
    """After the entity table was replaced: stored quotes found again point at their speaker's new position (and
    take the gender now stated); quotes an editor owns point at none, since the new table may not hold their
    speaker."""
    entities = tuple(entities)
    rows = [{"quote_id": quote_id, "entity_index": _entity_index(speaker, entities),
             "speaker_gender": article_stated_gender(speaker, entities)} for quote_id, speaker in sorted(quotes.items())]
    rows += [{"quote_id": quote_id, "entity_index": None, "speaker_gender": None}
             for quote_id in sorted(set(unlinked) - set(quotes))]
    if rows:
        table = Quote.__table__
        session.execute(
            update(table).where(table.c.id == bindparam("quote_id"))
            .values(entity_index=bindparam("entity_index"), speaker_gender=bindparam("speaker_gender")),
            rows,
        )


def _entity_row(article_id: int, position: int, entity: ExtractedEntity) -> dict:
    return {"article_id": article_id, "position": position, "name": entity.name[:300], "kind": entity.kind,
            "aliases": list(entity.aliases), "roles": list(entity.roles),
            "gender": entity.gender.value if entity.gender else None, "plural": entity.plural}


def _entity_index(speaker: ExtractedSpeaker | None, entities: tuple[ExtractedEntity, ...]) -> int | None:
    if speaker is None or speaker.entity is None or not 0 <= speaker.entity < len(entities):
        return None
    return speaker.entity


def article_stated_gender(speaker: ExtractedSpeaker | None, entities: tuple[ExtractedEntity, ...]) -> str | None:
    """The gender the article states for this quote's speaker: the speaker's own, else its entity's (a single
    person's only)."""
    if speaker is None:
        return None
    if speaker.gender is not None:
        return speaker.gender.value
    index = _entity_index(speaker, entities)
    entity = entities[index] if index is not None else None
    if entity is None or entity.plural or entity.gender is None:
        return None
    return entity.gender.value


def _resolve_speakers(
    session: Session, article_id: int, speakers: list[ExtractedSpeaker], entities: tuple[ExtractedEntity, ...]
) -> dict[ExtractedSpeaker, int]:
    """The speaker row of each of the article's speakers: an archive identity for a named one (with every form
    the article gives its name as an alias), a row of this article alone for a description or a bare surname.
    The members of a group of named people are resolved the same way, each as the person it names, and linked to
    the group.

    On PostgreSQL, ROW EXCLUSIVE on `speaker` is taken even when every speaker matches an existing row, so that
    a concurrent retraction (which takes SHARE ROW EXCLUSIVE before sweeping unquoted speakers) waits for this
    write's quotes instead of deleting a speaker they are about to refer to."""
    if not speakers:
        return {}
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE speaker IN ROW EXCLUSIVE MODE"))
    members = {
        speaker: tuple(_member_speaker(name, entities) for name in dict.fromkeys(speaker.members) if name.strip())
        for speaker in set(speakers) if speaker.kind == SpeakerKind.GROUP and speaker.members
    }
    # In name order, so that writers creating the same speakers lock their rows in the same order.
    everyone = sorted(set(speakers) | {member for group in members.values() for member in group},
                      key=lambda s: (s.kind, s.name, s.entity is None, s.entity or 0))
    # One speaker is usually the speaker of several quotes (with other mentions and roles, so other speakers here):
    # each name is made once, from what it depends on.
    names: dict[tuple, SpeakerName] = {}
    for s in everyone:
        key = (s.name, s.kind, s.named, s.entity, s.gender)
        if key not in names:
            names[key] = speaker_name(s, entities)
    found = resolve_speakers(session=session, article_id=article_id,
                             names=[names[s.name, s.kind, s.named, s.entity, s.gender] for s in everyone])
    ids = dict(zip(everyone, found))
    links = {(ids[group], ids[member]): position for group, group_members in members.items()
             for position, member in reversed(list(enumerate(group_members))) if ids[member] != ids[group]}
    insert_ignoring_duplicates(
        session, SpeakerMember.__table__,
        [{"group_id": g, "member_id": m, "position": p} for (g, m), p in sorted(links.items())],
        ["group_id", "member_id"])
    return ids


def speaker_name(speaker: ExtractedSpeaker, entities: tuple[ExtractedEntity, ...]) -> SpeakerName:
    """The speaker as people matching sees it, with the names and gender the article's entity table gives it."""
    return SpeakerName.of(speaker, aliases=_entity_names(speaker, entities),
                          gender=article_stated_gender(speaker, entities))


def _member_speaker(name: str, entities: tuple[ExtractedEntity, ...]) -> ExtractedSpeaker:
    """A group member as a speaker of its own: a person, tied to the article's entity of that name (if one is a
    single person) for its other name forms and stated gender."""
    folded = fold(name)
    entity = next((i for i, e in enumerate(entities)
                   if not e.plural and e.kind == SpeakerKind.PERSON
                   and folded in {fold(n) for n in (e.name, *e.aliases)}), None)
    return ExtractedSpeaker(name=name.strip(), kind=SpeakerKind.PERSON, role=None, mention=None, entity=entity)


def _entity_names(speaker: ExtractedSpeaker, entities: tuple[ExtractedEntity, ...]) -> tuple[str, ...]:
    """The names the article's entity table gives the speaker (not its descriptions: they begin in lower case)."""
    index = _entity_index(speaker, entities)
    if index is None:
        return ()
    entity = entities[index]
    return tuple(n for n in (entity.name, *entity.aliases) if n[:1].isupper())


def add_to_topic_counts(session: Session, deltas: Counter[int]) -> None:
    """In id order, so that writers sharing topics lock their rows in the same order and cannot deadlock."""
    rows = [{"topic_id": topic_id, "delta": delta} for topic_id, delta in sorted(deltas.items()) if delta]
    bulk.executemany(session.connection(), _ADD_TO_TOPIC_COUNT, rows)


def take_off_topic_counts(session: Session, *quotes: ColumnElement[bool]) -> None:
    """Takes the quotes these conditions select off the counts of their topics, before they are deleted. Rejected
    quotes are left out: they were taken off when they were rejected."""
    per_topic = session.execute(
        select(QuoteTopic.topic_id, func.count())
        .join(Quote, col(Quote.id) == col(QuoteTopic.quote_id))
        .where(*quotes, col(Quote.status) != QuoteStatus.REJECTED)
        .group_by(col(QuoteTopic.topic_id))
    ).all()
    add_to_topic_counts(session, Counter({topic_id: -count for topic_id, count in per_topic}))


def _topic_name(topic: str) -> str:
    return topic[:200]


def _upsert_topics(session: Session, names: Iterable[str]) -> dict[str, int]:
    """Each topic's id, in the order the database sorts their names (its collation, as the answer's reads)."""
    names = sorted({_topic_name(n) for n in names if n})
    if not names:
        return {}
    insert_ignoring_duplicates(session, Topic.__table__, [{"name": n} for n in names], ["name"])
    connection = session.connection()
    return {name: topic_id for part in in_parts(names)
            for name, topic_id in bulk.query(connection, _TOPIC_IDS, {"names": list(part)})}


def retract_article(session: Session, article_id: int) -> bool:
    """Deletes an article with its quotes and topic links, takes its quotes off the topic counts, and sweeps the
    speakers and topics no quote refers to any more. False if there is no such article. The caller commits.

    On PostgreSQL a concurrent article write may have just upserted one of the swept rows (ON CONFLICT DO NOTHING
    takes no row lock) and not yet committed the quote that uses it. Every such write holds ROW EXCLUSIVE on the
    table it upserted into until it commits, so taking SHARE ROW EXCLUSIVE first waits those writes out (and holds
    new ones back until this retraction commits): the sweep then sees their quotes, and no writer holds a topic row
    this retraction updates. SQLite has one writer at a time anyway."""
    lock_shared_rows(session)
    article = session.get(Article, article_id)
    if article is None:
        return False
    take_off_topic_counts(session, col(Quote.article_id) == article_id)
    session.delete(article)
    session.flush()
    sweep_unused_rows(session)
    return True


def lock_shared_rows(session: Session) -> None:
    """Before deleting quotes and sweeping what they leave unused (see retract_article): waits out, and holds back,
    writers that may have upserted a shared speaker or topic row they have not yet used. SQLite has one writer."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE speaker, topic IN SHARE ROW EXCLUSIVE MODE"))


def sweep_unused_rows(session: Session) -> None:
    """Deletes the speakers and topics no quote refers to any more, directly or through a group the speaker is a
    member of (after lock_shared_rows)."""
    session.execute(Speaker.__table__.delete().where(col(Speaker.merged_into_id).is_(None), *unused_speaker()))
    target = Speaker.__table__.alias("target")
    session.execute(  # redirects to a speaker just swept go with it
        Speaker.__table__.delete().where(
            col(Speaker.merged_into_id).is_not(None),
            ~select(target.c.id).where(target.c.id == col(Speaker.merged_into_id)).exists(),
        )
    )
    session.execute(
        Topic.__table__.delete().where(
            ~select(QuoteTopic.quote_id).where(col(QuoteTopic.topic_id) == col(Topic.id)).exists()
        )
    )


def unused_speaker() -> tuple:
    """Conditions on `speaker` true when no quote refers to it: none of its own, and none of a group it is a member
    of (a member who only spoke together with others is kept while that group's quote is)."""
    quoting_group = (
        select(SpeakerMember.group_id)
        .join(Quote, col(Quote.speaker_id) == col(SpeakerMember.group_id))
        .where(col(SpeakerMember.member_id) == col(Speaker.id))
    )
    return (~select(Quote.id).where(col(Quote.speaker_id) == col(Speaker.id)).exists(), ~quoting_group.exists())
