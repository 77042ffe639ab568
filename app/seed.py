"""Loads the sample articles in seeds/ through the same service the API uses. Idempotent: an article already
stored (same URL or text) is left as it is."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from spacy.language import Language
from sqlmodel import Session

from app.services.analysis import analyze_article
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


def load_seeds(*, session: Session, nlp: Language, max_chars: int, seeds_dir: Path = SEEDS_DIR) -> list[SeedResult]:
    results = []
    for article in seed_articles(seeds_dir):
        detail, created = analyze_article(session=session, nlp=nlp, article=article, max_chars=max_chars)
        results.append(SeedResult(detail.title, detail.id, created, detail.quote_count))
    return results
