"""The one write path for new articles — POST /analyze, POST /analyze/batch, the importer and the seed command:
check each text, skip what is already stored (or appears earlier in the same call), have the Analyzer analyse the
rest in its worker processes, and store each analysed article in its own transaction.

One bad article never fails the others: its outcome carries the domain error (too long, not analysable, past the
deadline) and nothing of it is stored. The database is used in short sessions before and after the analysis, never
across it, so no connection or transaction is held while an article waits for, or is in, a worker.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from anyio import to_thread
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.errors import DomainError
from app.nlp.contract import ExtractedAnalysis
from app.schemas import ArticleDetail
from app.services.articles import get_article
from app.services.analyzer import Analyzer
from app.services.storage import ArticleInput, find_existing_article, store_article

Outcome = Literal["created", "existing", "failed"]


@dataclass(frozen=True, slots=True)
class ArticleOutcome:
    index: int
    outcome: Outcome
    article_id: int | None = None
    error: DomainError | None = None
    quote_count: int | None = None  # of an article analysed now


@dataclass
class _Plan:
    """What the checks and the look-ups decided before any analysis."""

    articles: Sequence[ArticleInput]
    article_ids: dict[int, int] = field(default_factory=dict)  # index -> stored article id
    errors: dict[int, DomainError] = field(default_factory=dict)
    copies: dict[int, int] = field(default_factory=dict)  # index -> earlier index with the same text or URL
    to_analyse: list[int] = field(default_factory=list)


def _plan(engine: Engine, analyzer: Analyzer, articles: Sequence[ArticleInput]) -> _Plan:
    plan = _Plan(articles)
    first_by_key: dict[str, int] = {}
    with Session(engine) as session:
        for index, article in enumerate(articles):
            try:
                analyzer.check(article.text)
            except DomainError as error:
                plan.errors[index] = error
                continue
            keys = [f"sha:{article.text_sha256}"] + ([f"url:{article.url}"] if article.url else [])
            earlier = next((first_by_key[key] for key in keys if key in first_by_key), None)
            if earlier is not None:
                plan.copies[index] = earlier
                continue
            for key in keys:
                first_by_key.setdefault(key, index)
            existing = find_existing_article(session, article)
            if existing is not None:
                plan.article_ids[index] = existing.id
            else:
                plan.to_analyse.append(index)
    return plan


def _store(
    engine: Engine, plan: _Plan, analyses: Sequence[ExtractedAnalysis | DomainError], pipeline_version: str
) -> list[ArticleOutcome]:
    created: dict[int, int] = {}
    with Session(engine) as session:
        for index, analysis in zip(plan.to_analyse, analyses):
            if isinstance(analysis, DomainError):
                plan.errors[index] = analysis
                continue
            article_id, was_created = store_article(
                session=session, article=plan.articles[index], quotes=analysis.quotes, entities=analysis.entities,
                pipeline_version=pipeline_version)
            plan.article_ids[index] = article_id
            if was_created:
                created[index] = len(analysis.quotes)
    for index, earlier in plan.copies.items():
        if earlier in plan.article_ids:
            plan.article_ids[index] = plan.article_ids[earlier]
        elif earlier in plan.errors:
            plan.errors[index] = plan.errors[earlier]
    outcomes = []
    for index in range(len(plan.articles)):
        if index in plan.errors:
            outcomes.append(ArticleOutcome(index, "failed", error=plan.errors[index]))
        elif index in created:
            outcomes.append(ArticleOutcome(index, "created", plan.article_ids[index], quote_count=created[index]))
        else:
            outcomes.append(ArticleOutcome(index, "existing", plan.article_ids[index]))
    return outcomes


def analyze_articles(
    *, engine: Engine, analyzer: Analyzer, articles: Sequence[ArticleInput], client: str | None = None
) -> list[ArticleOutcome]:
    """One outcome per article, in order: `created` (analysed and stored now), `existing` (same URL or text already
    stored, or earlier in this call) or `failed` (with the domain error). Blocks the calling thread; raises
    Overloaded when the Analyzer cannot admit the work."""
    plan = _plan(engine, analyzer, articles)
    analyses = analyzer.analyze_texts([articles[i].text for i in plan.to_analyse], client=client)
    return _store(engine, plan, analyses, analyzer.pipeline_version)


async def analyze_articles_async(
    *, engine: Engine, analyzer: Analyzer, articles: Sequence[ArticleInput], client: str | None = None
) -> tuple[list[ArticleOutcome], float]:
    """As analyze_articles, for the event loop: the database work runs in worker threads and the analysis is
    awaited without holding one. Also returns the seconds spent waiting for the analysis."""
    plan = await to_thread.run_sync(_plan, engine, analyzer, articles)
    started = time.perf_counter()
    analyses = await analyzer.analyze_texts_async([articles[i].text for i in plan.to_analyse], client=client)
    seconds = time.perf_counter() - started
    return await to_thread.run_sync(_store, engine, plan, analyses, analyzer.pipeline_version), seconds


def stored_articles(*, engine: Engine, article_ids: Sequence[int]) -> dict[int, ArticleDetail]:
    """The stored analyses to answer with, each rendered once however often it is referred to."""
    with Session(engine) as session:
        return {article_id: get_article(session=session, article_id=article_id) for article_id in dict.fromkeys(article_ids)}
