"""The FastAPI application. The Analyzer (its worker processes each load the spaCy pipeline once) and the database
engine are created once, in the lifespan, and handed to requests through dependencies; nothing heavy happens at
import, and no parse ever runs in this process: the event loop stays free to answer while articles are analysed."""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from anyio import to_thread
from asgi_correlation_id import CorrelationIdMiddleware
from fastapi import FastAPI
from fastapi_offline import FastAPIOffline
from prometheus_fastapi_instrumentator import Instrumentator
from sqlalchemy.engine import Engine
from starlette.middleware.gzip import GZipMiddleware

from app import __version__
from app.api.errors import install_error_handlers
from app.api.limits import RequestBodyGuard
from app.api.query_text import document_plain_query_strings
from app.api.routes import analyze, articles, batch, corrections, export, health, quotes, speakers, stats, topics, ui
from app.db import make_engine
from app.logging_setup import AccessLog, configure_logging
from app.migrations import assert_schema_is_current
from app.services.analyzer import Analyzer
from app.settings import Settings, get_settings

DESCRIPTION = """Finds every quotation in a news article — direct, split, multi-paragraph, partial and reported
speech — attributes each to its speaker by full name and role, stores it, and answers queries by person, topic
and text. Character offsets in responses index into the submitted text."""

log = logging.getLogger("quotewise")
GZIP_MIN_BYTES = 1024
# Compresses in the event loop, every answer over GZIP_MIN_BYTES: an article's answer (its text, quotes and entities,
# ~34 KB of JSON for a PolNeAR article) took 0.81 CPU ms at level 5 and takes 0.44 ms at level 1, ~8.7 KB against
# ~7.5 KB sent (level 9 costs ~3x level 5 for a few per cent less). The answer a client decodes is the same.
GZIP_LEVEL = 1


YOUNG_GENERATION_OBJECTS = 10_000  # the collector's first threshold (CPython's default: 700)


def tune_garbage_collector() -> None:
    """Keeps garbage collections from holding the interpreter while GET /health waits. Storing and rendering an
    article with a large entity table (a 199,000-character list of names: ~13,000 entities) allocates hundreds of
    thousands of objects, which set off full collections, each a single step of tens to hundreds of milliseconds
    over every object alive: those, not the unpickling or the executemany, were the long GIL holds (with the
    collector off, no wait exceeded 26 ms). So:

    * every object alive after start-up (modules, the ORM's and pydantic's schemas, the routes: some 130,000) is
      frozen out of the collector's reach, so a full collection walks only what requests allocated since;
    * the first generation holds 10,000 objects instead of 700, so such an article sets off a handful of full
      collections instead of dozens (measured with a thread timing its own wake-ups while such an article was
      unpickled, stored and read back: longest waits 460 / 240 ms with CPython's default, 176 / 105 ms with
      this; young collections of 10,000 objects take about a millisecond)."""
    gc.collect()
    gc.freeze()
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_GENERATION_OBJECTS, middle, oldest)


def create_app(
    settings: Settings | None = None, *, analyzer: Analyzer | None = None, engine: Engine | None = None
) -> FastAPI:
    """`analyzer` and `engine` may be passed in, started (tests share one Analyzer); they are then not closed
    here. Otherwise they are built at start-up and closed at shutdown."""
    settings = settings or get_settings()
    settings.check_security()
    configure_logging(settings.log_level)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.settings = settings
        app.state.engine = engine or make_engine(settings.database_url, busy_timeout_ms=settings.sqlite_busy_timeout_ms)
        own_analyzer = analyzer is None
        try:
            assert_schema_is_current(app.state.engine)
            app.state.analyzer = analyzer or await to_thread.run_sync(Analyzer.from_settings(settings).start)
            tune_garbage_collector()
            log.info("ready", extra={"database": settings.safe_database_url, "model": settings.spacy_model,
                                     "analysis_workers": app.state.analyzer.workers,
                                     "analysis_timeout_s": app.state.analyzer.timeout_s})
            yield
        finally:
            if own_analyzer and getattr(app.state, "analyzer", None) is not None:
                await to_thread.run_sync(app.state.analyzer.close)
            if engine is None:
                app.state.engine.dispose()

    # Swagger UI and ReDoc served from the app itself (fastapi-offline ships them): /docs works with no internet.
    app = FastAPIOffline(title="Quotewise", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    install_error_handlers(app)
    document_plain_query_strings(app)

    def body_limit(path: str) -> int:
        batch_size = settings.max_batch_size if path.rstrip("/").endswith("/batch") else 1
        return settings.max_article_body_bytes * batch_size

    # Added innermost first: the request id is set before the access log line is written, which sees every answer.
    app.add_middleware(RequestBodyGuard, limit_for_path=body_limit)
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES, compresslevel=GZIP_LEVEL)
    Instrumentator(excluded_handlers=["/metrics"], should_group_status_codes=False).instrument(app).expose(
        app, endpoint="/metrics", include_in_schema=False, tags=["health"]
    )
    app.add_middleware(AccessLog)
    app.add_middleware(CorrelationIdMiddleware, header_name="X-Request-ID")
    for module in (analyze, batch, export, quotes, corrections, speakers, articles, topics, stats, health):
        app.include_router(module.router)
    ui.install(app)
    return app
