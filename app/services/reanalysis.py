"""Re-running the current pipeline on stored articles, keeping what editors said.

A quote an editor reviewed, corrected or added is kept as it is, and a new quote that overlaps it is dropped: the
editor's version wins. The other quotes are the pipeline's own: one found again exactly as stored stays (same id),
the rest are deleted and the new ones written. The text is parsed by the injected `extract` callable, outside the
write transaction, so a long parse holds no lock."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import delete, func, or_
from sqlmodel import Session, col, select

from app.db import in_one_transaction, in_parts
from app.errors import DomainError, NotFound
from app.models import Article, Quote, QuoteCorrection, QuoteTopic, Topic
from app.nlp.contract import ExtractedAnalysis, ExtractedQuote
from app.schemas import ReanalysisOut
from app.services import people, storage
from app.text import spans_overlap

Extract = Callable[[str], ExtractedAnalysis]
ARCHIVE_AUTHOR = "reanalyze-archive"


def _stored_signatures(session: Session, quotes: Sequence[Quote]) -> dict[int, tuple]:
    ids = [q.id for q in quotes]
    topics: dict[int, list[str]] = {}
    for quote_id, name in session.exec(
        select(QuoteTopic.quote_id, Topic.name).join(Topic, col(Topic.id) == col(QuoteTopic.topic_id))
        .where(col(QuoteTopic.quote_id).in_(ids)).order_by(col(Topic.name))
    ).all():
        topics.setdefault(quote_id, []).append(name)
    return {
        q.id: (tuple(tuple(s) for s in q.spans), q.kind, q.cue_start, q.cue_end, q.mention_start, q.mention_end,
               q.speaker_id, q.role, round(q.confidence, 6), tuple(topics.get(q.id, ())))
        for q in quotes
    }


def _new_signature(quote: ExtractedQuote, speaker_id: int | None) -> tuple:
    speaker = quote.speaker
    mention = speaker.mention if speaker else None
    return (tuple(tuple(s) for s in quote.spans), str(quote.kind), quote.cue.start if quote.cue else None,
            quote.cue.end if quote.cue else None, mention.start if mention else None, mention.end if mention else None,
            speaker_id, speaker.role if speaker else None, round(quote.confidence, 6),
            tuple(sorted({t[:200] for t in quote.topics if t})))


def _remove_quotes(session: Session, quotes: Sequence[Quote]) -> None:
    for part in in_parts([q.id for q in quotes]):
        storage.take_off_topic_counts(session, col(Quote.id).in_(part))
        session.execute(delete(Quote).where(col(Quote.id).in_(part)))


def _replace_quotes(session: Session, article: Article, analysis: ExtractedAnalysis, version: str,
                    author: str) -> ReanalysisOut:
    storage.lock_shared_rows(session)
    old = list(session.exec(select(Quote).where(col(Quote.article_id) == article.id).order_by(col(Quote.id))).all())
    kept = [q for q in old if q.edited]
    kept_spans = [span for q in kept for span in q.spans]
    fresh = [q for q in analysis.quotes if not spans_overlap(q.spans, kept_spans)]
    machine = [q for q in old if not q.edited]
    stored = _stored_signatures(session, machine)
    by_signature = {signature: quote_id for quote_id, signature in stored.items()}
    unchanged: list[int] = []
    to_write: list[ExtractedQuote] = []
    relinked: dict[int, ExtractedQuote] = {}  # unchanged quote id -> its new extraction (entity positions change)
    # The stored speaker each new quote's speaker would be written as (the same matcher, stated gender and merge
    # redirects as storage), read for all of them at once without writing anything. None: a new one.
    speakers = list(dict.fromkeys(q.speaker for q in fresh if q.speaker is not None))
    known = dict(zip(speakers, people.stored_speaker_ids(
        session=session, article_id=article.id, names=[storage.speaker_name(s, analysis.entities) for s in speakers])))
    for quote in fresh:
        speaker_id = known[quote.speaker] if quote.speaker is not None else None
        match = by_signature.pop(_new_signature(quote, speaker_id), None)
        if match is None:
            to_write.append(quote)
        else:
            unchanged.append(match)
            relinked[match] = quote
    unchanged_ids = set(unchanged)
    removed = [q for q in machine if q.id not in unchanged_ids]
    _remove_quotes(session, removed)
    storage.replace_entity_table(session, article_id=article.id, entities=analysis.entities)
    storage.relink_entities(session, quotes={quote_id: q.speaker for quote_id, q in relinked.items()},
                            unlinked=[q.id for q in kept], entities=analysis.entities)
    dated_at = article.published_at or article.created_at
    added = storage.add_quotes(session, article_id=article.id, dated_at=dated_at, quotes=to_write,
                               entities=analysis.entities)
    storage.sweep_unused_rows(session)
    result = ReanalysisOut(article_id=article.id, pipeline_version=version, added=added,
                           removed=[q.id for q in removed], kept=[q.id for q in kept], unchanged=sorted(unchanged))
    session.add(QuoteCorrection(
        article_id=article.id, quote_id=None, author=author[:100], made_at=datetime.now(timezone.utc),
        field="reanalysis", before={"pipeline_version": article.pipeline_version},
        after={"pipeline_version": version, "added": result.added, "removed": result.removed,
               "kept": result.kept, "unchanged": len(result.unchanged)},
    ))
    article.pipeline_version = version
    session.add(article)
    return result


def reanalyze_article(*, session: Session, article_id: int, extract: Extract, pipeline_version: str,
                      author: str) -> ReanalysisOut:
    """Re-runs `extract` on the stored text and replaces the pipeline's quotes, keeping the editors'. One
    transaction; recorded in the article's history. Raises NotFound."""
    article = session.get(Article, article_id)
    if article is None:
        raise NotFound("article", article_id)
    text = article.text
    session.rollback()  # no read transaction held open across the parse
    analysis = extract(text)

    def write() -> ReanalysisOut:
        current = session.get(Article, article_id)
        if current is None:  # retracted while it was being parsed
            raise NotFound("article", article_id)
        return _replace_quotes(session, current, analysis, pipeline_version, author)

    return in_one_transaction(session, write)


@dataclass
class ArchiveReport:
    articles: int = 0
    added: int = 0
    removed: int = 0
    kept: int = 0
    unchanged: int = 0
    failed: dict[int, str] = field(default_factory=dict)  # article id -> why it could not be re-analysed


def articles_to_reanalyze(session: Session, version: str) -> int:
    return session.exec(select(func.count()).select_from(Article).where(_not_at(version))).one()


def _not_at(version: str):
    return or_(col(Article.pipeline_version).is_(None), col(Article.pipeline_version) != version)


def _pending_ids(session: Session, version: str, chunk: int = 200) -> Iterator[int]:
    """In id order, a chunk at a time, from where the previous chunk ended."""
    last = 0
    while True:
        ids = list(session.exec(
            select(Article.id).where(_not_at(version), col(Article.id) > last).order_by(col(Article.id)).limit(chunk)
        ).all())
        session.rollback()
        if not ids:
            return
        yield from ids
        last = ids[-1]


def reanalyze_archive(*, session: Session, extract: Extract, pipeline_version: str,
                      on_article: Callable[[ReanalysisOut], None] = lambda _result: None) -> ArchiveReport:
    """Re-analyses every article not yet analysed with `pipeline_version`, each in its own transaction: an
    interrupted run resumes where it stopped, since finished articles are at the current version."""
    report = ArchiveReport()
    for article_id in _pending_ids(session, pipeline_version):
        try:
            result = reanalyze_article(session=session, article_id=article_id, extract=extract,
                                       pipeline_version=pipeline_version, author=ARCHIVE_AUTHOR)
        except NotFound:  # retracted meanwhile
            continue
        except DomainError as error:  # past the deadline, too dense: the stored analysis stays
            report.failed[article_id] = error.message
            continue
        report.articles += 1
        report.added += len(result.added)
        report.removed += len(result.removed)
        report.kept += len(result.kept)
        report.unchanged += len(result.unchanged)
        on_article(result)
    return report
