"""Shared fixtures: one Analyzer (a real worker process with the real pipeline) started once per run and shared by
every app under test; the pipeline loaded in process for tests that compare against it; and a fresh database per
test built by the migrations.

Set QUOTEWISE_TEST_DATABASE_URL to a PostgreSQL URL to run the whole suite against PostgreSQL: the schema is
migrated once and every table is emptied before each test.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from alembic.command import downgrade, upgrade
from alembic.config import Config
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.engine import Engine

from app.db import is_sqlite, make_engine
from app.main import create_app
from app.migrations import alembic_config, upgrade_to_head
from app.services.analyzer import Analyzer
from app.settings import Settings

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = (PROJECT_ROOT / "seeds" / "seed-article.txt").read_text(encoding="utf-8")
POSTGRES_URL = os.environ.get("QUOTEWISE_TEST_DATABASE_URL")
TABLES = ("quote_correction", "quote_topic", "topic", "quote", "speaker_token", "speaker_alias", "speaker_ambiguity",
          "speaker_member",
          "speaker", "article_entity", "article")


@pytest.fixture(scope="session")
def analyzer() -> Iterator[Analyzer]:
    with Analyzer.from_settings(Settings(), workers=1, queue_per_client=64) as shared:
        yield shared


@pytest.fixture(scope="session")
def nlp():
    from app.nlp.pipeline import build_pipeline

    return build_pipeline(Settings().spacy_model)


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory) -> str:
    """A database migrated once; SQLite tests copy the file, PostgreSQL tests empty the tables."""
    if POSTGRES_URL:
        upgrade_to_head(POSTGRES_URL)
        return POSTGRES_URL
    path = tmp_path_factory.mktemp("template") / "template.db"
    url = f"sqlite:///{path}"
    upgrade_to_head(url)
    engine = make_engine(url)
    with engine.connect() as connection:  # fold the WAL into the file so a plain copy is complete
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return url


@pytest.fixture
def database_url(_migrated_template: str, tmp_path: Path) -> str:
    if not is_sqlite(_migrated_template):
        engine = make_engine(_migrated_template)
        with engine.begin() as connection:
            connection.execute(text(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE"))
        engine.dispose()
        return _migrated_template
    template = Path(_migrated_template.removeprefix("sqlite:///"))
    path = tmp_path / "quotewise.db"
    shutil.copyfile(template, path)
    return f"sqlite:///{path}"


@contextmanager
def downgraded(database_url: str, revision: str) -> Iterator[tuple[Config, Engine]]:
    """The test database migrated down to `revision`, for a migration test to fill: yields its Alembic config and an
    engine; afterwards migrates it to head again and disposes of the engine, whatever happened (on PostgreSQL the
    next test shares the database)."""
    config = alembic_config(database_url)
    downgrade(config, revision)
    engine = make_engine(database_url)
    try:
        yield config, engine
    finally:
        upgrade(config, "head")
        engine.dispose()


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url, open_access=True, api_keys="")


@pytest.fixture
def app_client(request: pytest.FixtureRequest, settings: Settings, engine: Engine) -> Callable[..., TestClient]:
    """Builds a TestClient (enter it with `with`) of an app like `client`'s with some settings changed, or around
    another Analyzer than the shared real one."""

    def build(*, analyzer: Analyzer | None = None, **changed_settings: object) -> TestClient:
        app = create_app(settings.model_copy(update=changed_settings),
                         analyzer=analyzer or request.getfixturevalue("analyzer"), engine=engine)
        return TestClient(app)

    return build


@pytest.fixture
def client(app_client: Callable[..., TestClient]) -> Iterator[TestClient]:
    with app_client() as test_client:
        yield test_client


@pytest.fixture
def seeded(client: TestClient) -> dict:
    """The seed article, posted once; returns the response body."""
    response = client.post("/analyze", json={"text": SEED_TEXT, "title": "Seed", "source": "Kurdistan24",
                                             "published_at": "2024-11-26T00:00:00Z"})
    assert response.status_code == 201, response.text
    return response.json()


def table_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {t: connection.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one() for t in TABLES}


def topic_count_mismatches(engine: Engine) -> list[tuple[str, int, int]]:
    """Topics whose stored quote_count is not the number of their quotes that are not rejected: (name, stored,
    actual). Storage, retraction and every correction must keep this list empty."""
    actual = ("(SELECT COUNT(*) FROM quote_topic qt JOIN quote q ON q.id = qt.quote_id "
              "WHERE qt.topic_id = t.id AND q.status <> 'rejected')")
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(
            f"SELECT t.name, t.quote_count, {actual} FROM topic t WHERE t.quote_count <> {actual}"))]
