"""The one write path for new articles — POST /analyze, POST /analyze/batch, the importer and the seed command:
check each text, skip what is already stored (or appears earlier in the same call), have the Analyzer analyse the
rest in its worker processes, and store the analysed articles as their analyses arrive (a request's in groups, see
STORE_TOGETHER), so that storing the first articles of a large batch overlaps parsing the later ones.

One bad article never fails the others: its outcome carries the domain error (too long, not analysable, past the
deadline) and nothing of it is stored. The database is used in short sessions (the look-ups before the analysis,
one per group of articles stored), so no connection or transaction is held while an article waits for, or is in,
a worker.
"""

from __future__ import annotations

import asyncio
import queue
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Literal

from anyio import to_thread
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.errors import DomainError
from app.schemas import ArticleDetail
from app.services.articles import get_article
from app.services.analysis_worker import Result
from app.services.analyzer import Analyzer
from app.services.storage import ArticleInput, existing_article_id, store_all_and_answer, store_article

Outcome = Literal["created", "existing", "failed"]
# A batch's analyses are stored STORE_TOGETHER at a time (the rest when its last one arrives), on SQLite in one
# transaction: a commit's sync of the log costs the server about as much CPU as writing an article, and a batch's
# results arrive one by one, tens of milliseconds apart, so storing each as it came meant one commit per article.
# Storing in groups still overlaps the parse of a large batch; a batch of up to STORE_TOGETHER articles is stored
# when its last analysis arrives, ~5 ms per article later than one by one, beside ~150 ms of parse per article.
STORE_TOGETHER = 8


@dataclass(frozen=True, slots=True)
class ArticleOutcome:
    index: int
    outcome: Outcome
    article_id: int | None = None
    error: DomainError | None = None
    quote_count: int | None = None  # of an article analysed now
    detail: ArticleDetail | None = None  # of an article analysed now, built from the rows just written


@dataclass
class _Plan:
    """What the checks and the look-ups decided before any analysis."""

    articles: Sequence[ArticleInput]
    article_ids: dict[int, int] = field(default_factory=dict)  # index -> stored article id
    errors: dict[int, DomainError] = field(default_factory=dict)
    copies: dict[int, int] = field(default_factory=dict)  # index -> earlier index with the same text or URL
    to_analyse: list[int] = field(default_factory=list)
    created: dict[int, int] = field(default_factory=dict)  # index -> quotes, of an article stored now
    details: dict[int, ArticleDetail] = field(default_factory=dict)  # index -> answer, of an article stored now


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
            existing = existing_article_id(session, article)
            if existing is not None:
                plan.article_ids[index] = existing
            else:
                plan.to_analyse.append(index)
    return plan


def _store_arrived(engine: Engine, plan: _Plan, arrived: Sequence[tuple[int, Result]], pipeline_version: str, *,
                   answer: bool = False) -> None:
    """The analyses that have arrived (by article index) stored (or their errors noted), on SQLite in one
    transaction (see storage.store_all_and_answer); with `answer`, also the analysis to answer with, built from the
    rows just written."""
    analysed = []
    for index, analysis in arrived:
        if isinstance(analysis, DomainError):
            plan.errors[index] = analysis
        else:
            analysed.append((index, analysis))
    if not analysed:
        return
    with Session(engine) as session:
        if answer:
            stored = [(article_id, detail is not None, detail) for article_id, detail in store_all_and_answer(
                session=session, analysed=[(plan.articles[i], analysis) for i, analysis in analysed],
                pipeline_version=pipeline_version)]
        else:
            stored = [(*store_article(session=session, article=plan.articles[i], quotes=analysis.quotes,
                                      entities=analysis.entities, pipeline_version=pipeline_version), None)
                      for i, analysis in analysed]
    for (index, analysis), (article_id, created, detail) in zip(analysed, stored):
        plan.article_ids[index] = article_id
        if created:
            plan.created[index] = len(analysis.quotes)
        if detail is not None:
            plan.details[index] = detail


def _outcomes(plan: _Plan) -> list[ArticleOutcome]:
    for index, earlier in plan.copies.items():
        if earlier in plan.article_ids:
            plan.article_ids[index] = plan.article_ids[earlier]
        elif earlier in plan.errors:
            plan.errors[index] = plan.errors[earlier]
    outcomes = []
    for index in range(len(plan.articles)):
        if index in plan.errors:
            outcomes.append(ArticleOutcome(index, "failed", error=plan.errors[index]))
        elif index in plan.created:
            outcomes.append(ArticleOutcome(index, "created", plan.article_ids[index], quote_count=plan.created[index],
                                           detail=plan.details.get(index)))
        else:
            outcomes.append(ArticleOutcome(index, "existing", plan.article_ids[index]))
    return outcomes


def analyze_articles(
    *, engine: Engine, analyzer: Analyzer, articles: Sequence[ArticleInput], client: str | None = None
) -> list[ArticleOutcome]:
    """One outcome per article, in order: `created` (analysed and stored now), `existing` (same URL or text already
    stored, or earlier in this call) or `failed` (with the domain error). Blocks the calling thread; raises
    Overloaded when the Analyzer cannot admit the work. Each article is stored as soon as its analysis arrives,
    while the later ones are still being analysed."""
    plan = _plan(engine, analyzer, articles)
    if plan.to_analyse:
        arrived: queue.SimpleQueue[tuple[int, Result] | None] = queue.SimpleQueue()
        job = analyzer.submit([articles[i].text for i in plan.to_analyse], client=client,
                              on_result=lambda position, result: arrived.put((position, result)))
        job.add_done_callback(lambda _job: arrived.put(None))
        while (item := arrived.get()) is not None:
            _store_arrived(engine, plan, [(plan.to_analyse[item[0]], item[1])], analyzer.pipeline_version)
        job.result()  # raises what stopped the job, if anything did
    return _outcomes(plan)


async def analyze_articles_async(
    *, engine: Engine, analyzer: Analyzer, articles: Sequence[ArticleInput], client: str | None = None
) -> tuple[list[ArticleOutcome], float]:
    """As analyze_articles, for the event loop: the articles are stored in a worker thread, STORE_TOGETHER at a time
    as their analyses arrive (the first ones while the later ones are parsed) and the rest when the last arrives,
    and the analysis is awaited without holding a thread.
    An article stored now carries the analysis to answer with (`detail`, see `answers`).
    Also returns the seconds the analysis took, from submitting it to its last result."""
    plan = await to_thread.run_sync(_plan, engine, analyzer, articles)
    started = time.perf_counter()
    analysed = [started]  # when the last result arrived
    if plan.to_analyse:
        loop = asyncio.get_running_loop()
        arrived: asyncio.Queue[tuple[int, Result] | None] = asyncio.Queue()

        def hand_over(item: tuple[int, Result] | None) -> None:
            loop.call_soon_threadsafe(arrived.put_nowait, item)

        job = analyzer.submit([articles[i].text for i in plan.to_analyse], client=client,
                              on_result=lambda position, result: hand_over((position, result)))
        job.add_done_callback(lambda _job: (analysed.append(time.perf_counter()), hand_over(None)))
        waiting: list[tuple[int, Result]] = []
        while True:
            item = await arrived.get()
            if item is not None:
                waiting.append(item)
            if waiting and (item is None or len(waiting) >= STORE_TOGETHER):
                await to_thread.run_sync(partial(_store_arrived, engine, plan,
                                                 [(plan.to_analyse[position], result) for position, result in waiting],
                                                 analyzer.pipeline_version, answer=True))
                waiting = []
            if item is None:
                break
        await asyncio.wrap_future(job)  # raises what stopped the job, if anything did
    return _outcomes(plan), analysed[-1] - started


def stored_articles(*, engine: Engine, article_ids: Sequence[int]) -> dict[int, ArticleDetail]:
    """The stored analyses to answer with, each rendered once however often it is referred to."""
    with Session(engine) as session:
        return {article_id: get_article(session=session, article_id=article_id) for article_id in dict.fromkeys(article_ids)}


def answers(*, engine: Engine, outcomes: Sequence[ArticleOutcome]) -> dict[int, ArticleDetail]:
    """The analysis to answer with for each outcome's article: the one just written as it was written, the others
    (stored before, or earlier in the same call) read back."""
    details = {o.article_id: o.detail for o in outcomes if o.detail is not None}
    missing = [o.article_id for o in outcomes if o.article_id is not None and o.article_id not in details]
    if missing:
        details.update(stored_articles(engine=engine, article_ids=missing))
    return details
