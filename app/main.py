"""The FastAPI application. The spaCy pipeline and the database engine are created once, in the lifespan,
and handed to requests through dependencies; nothing heavy happens at import."""

from __future__ import annotations

from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline
from spacy.language import Language
from sqlalchemy.engine import Engine

from app import __version__
from app.api.errors import install_error_handlers
from app.api.limits import RequestBodyGuard
from app.api.routes import analyze, articles, batch, corrections, export, health, quotes, speakers, stats, topics, ui
from app.db import make_engine
from app.migrations import assert_schema_is_current
from app.settings import Settings, get_settings

DESCRIPTION = """Finds every quotation in a news article — direct, split, multi-paragraph, partial and reported
speech — attributes each to its speaker by full name and role, stores it, and answers queries by person, topic
and text. Character offsets in responses index into the submitted text."""


def create_app(
    settings: Settings | None = None, *, nlp: Language | None = None, engine: Engine | None = None
) -> FastAPI:
    """`nlp` and `engine` may be passed in (tests share one loaded pipeline); otherwise they are built at start-up."""
    settings = settings or get_settings()
    settings.check_security()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own_engine = engine is None
        app.state.settings = settings
        app.state.engine = engine or make_engine(settings.database_url, busy_timeout_ms=settings.sqlite_busy_timeout_ms)
        assert_schema_is_current(app.state.engine)
        app.state.parser = ThreadPoolExecutor(settings.parses_per_worker, thread_name_prefix="quotewise-parser")
        if nlp is None:
            from app.nlp.pipeline import build_pipeline

            app.state.nlp = build_pipeline(settings.spacy_model)
        else:
            app.state.nlp = nlp
        yield
        app.state.parser.shutdown(wait=True)
        if own_engine:
            app.state.engine.dispose()

    # Swagger UI and ReDoc served from the app itself (fastapi-offline ships them): /docs works with no internet.
    app = FastAPIOffline(title="Quotewise", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    install_error_handlers(app)

    def body_limit(path: str) -> int:
        batch = settings.max_batch_size if path.rstrip("/").endswith("/batch") else 1
        return settings.max_article_body_bytes * batch

    app.add_middleware(RequestBodyGuard, limit_for_path=body_limit)
    for module in (analyze, batch, export, quotes, corrections, speakers, articles, topics, stats, health):
        app.include_router(module.router)
    ui.install(app)
    return app
