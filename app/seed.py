"""Loads the sample articles in seeds/ through the same write path (and Analyzer) the API uses. Idempotent: an
article already stored (same URL or text) is left as it is."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import Engine

from app.services.analysis import analyze_articles, stored_articles
from app.services.analyzer import Analyzer
from app.services.storage import ArticleInput

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


@dataclass(frozen=True)
class SeedResult:
    title: str | None
    article_id: int
    created: bool
    quote_count: int


def seed_articles(seeds_dir: Path = SEEDS_DIR) -> list[ArticleInput]:
    articles = []
    for meta_path in sorted(seeds_dir.glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        text = (seeds_dir / meta["text_file"]).read_text(encoding="utf-8")
        published = meta.get("published_at")
        articles.append(
            ArticleInput(
                text=text,
                title=meta.get("title"),
                url=meta.get("url"),
                source=meta.get("source"),
                published_at=datetime.fromisoformat(published) if published else None,
            )
        )
    return articles


def load_seeds(*, engine: Engine, analyzer: Analyzer, seeds_dir: Path = SEEDS_DIR) -> list[SeedResult]:
    """Raises the first article's DomainError: a seed that cannot be stored is a broken checkout."""
    outcomes = analyze_articles(engine=engine, analyzer=analyzer, articles=seed_articles(seeds_dir))
    for outcome in outcomes:
        if outcome.error is not None:
            raise outcome.error
    details = stored_articles(engine=engine, article_ids=[o.article_id for o in outcomes])
    return [SeedResult(details[o.article_id].title, o.article_id, o.outcome == "created",
                       details[o.article_id].quote_count) for o in outcomes]
