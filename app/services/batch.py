"""Analysing many articles in one call: every article is checked and looked up first, then only the ones that need
it are parsed together through `nlp.pipe` (one pass of the parser over the batch is much cheaper than one call per
article), and each is stored in its own transaction.

One bad article never fails the batch: its result carries the domain error and the others go on. Duplicates
inside the batch (same text or URL twice) are parsed and stored once; the later copies point at the first.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Literal

from spacy.language import Language
from sqlmodel import Session

from app.errors import DomainError
from app.nlp.contract import extract_quotes
from app.schemas import ArticleDetail
from app.services.analysis import check_article_text
from app.services.articles import get_article
from app.services.parsing import run_parse
from app.services.storage import ArticleInput, find_existing_article, store_article

Outcome = Literal["created", "existing", "failed"]
PIPE_BATCH_SIZE = 8  # docs the parser takes at a time; larger batches add memory, not speed, on small models


def _extract_all(nlp: Language, texts: list[str]) -> list[list]:
    return [extract_quotes(doc) for doc in nlp.pipe(texts, batch_size=PIPE_BATCH_SIZE)]


@dataclass(frozen=True, slots=True)
class BatchItemResult:
    index: int
    outcome: Outcome
    article: ArticleDetail | None = None
    error: DomainError | None = None


def analyze_batch(
    *,
    session: Session,
    nlp: Language,
    articles: Sequence[ArticleInput],
    max_chars: int,
    parser: Executor | None = None,
) -> list[BatchItemResult]:
    """One result per article, in input order: `created` (parsed and stored now), `existing` (same URL or text
    already stored, or earlier in this batch) or `failed` (with the domain error that says why)."""
    article_ids: dict[int, int] = {}  # index -> stored article id
    created: set[int] = set()
    errors: dict[int, DomainError] = {}
    copies: dict[int, int] = {}  # index -> index of the earlier item with the same text or URL
    first_by_key: dict[str, int] = {}
    to_parse: list[int] = []

    for index, article in enumerate(articles):
        try:
            check_article_text(article.text, max_chars=max_chars)
        except DomainError as error:
            errors[index] = error
            continue
        keys = [f"sha:{article.text_sha256}"] + ([f"url:{article.url}"] if article.url else [])
        earlier = next((first_by_key[key] for key in keys if key in first_by_key), None)
        if earlier is not None:
            copies[index] = earlier
            continue
        for key in keys:
            first_by_key.setdefault(key, index)
        existing = find_existing_article(session, article)
        if existing is not None:
            article_ids[index] = existing.id
        else:
            to_parse.append(index)

    texts = [articles[i].text for i in to_parse]
    extracted = run_parse(parser, _extract_all, nlp, texts) if to_parse else []
    for index, quotes in zip(to_parse, extracted):
        article_id, was_created = store_article(session=session, article=articles[index], quotes=quotes)
        article_ids[index] = article_id
        if was_created:
            created.add(index)
    for index, earlier in copies.items():
        if earlier in article_ids:
            article_ids[index] = article_ids[earlier]

    details: dict[int, ArticleDetail] = {}
    results = []
    for index in range(len(articles)):
        if index in errors:
            results.append(BatchItemResult(index=index, outcome="failed", error=errors[index]))
            continue
        article_id = article_ids[index]
        if article_id not in details:
            details[article_id] = get_article(session=session, article_id=article_id)
        outcome: Outcome = "created" if index in created else "existing"
        results.append(BatchItemResult(index=index, outcome=outcome, article=details[article_id]))
    return results
