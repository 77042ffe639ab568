"""Schemathesis generates requests from the app's own OpenAPI schema: no 5xx, every response conforms to it, and
requests with missing or wrong API keys are refused."""

from __future__ import annotations

import tempfile

import pytest
from hypothesis import HealthCheck, settings

from app.db import make_engine
from app.main import create_app
from app.migrations import upgrade_to_head
from app.services.analysis import analyze_articles
from app.services.storage import ArticleInput
from app.settings import Settings
from tests.api.fuzzing import load_schema
from tests.conftest import POSTGRES_URL, SEED_TEXT

API_KEY = "fuzz-key"
# One app for the whole module, as deployed: keys required for reads and writes, its own migrated database.
FUZZ_SETTINGS = Settings(
    database_url=POSTGRES_URL or f"sqlite:///{tempfile.mkdtemp(prefix='quotewise-fuzz-')}/fuzz.db",
    api_keys=API_KEY,
    public_reads=False,
)
upgrade_to_head(FUZZ_SETTINGS.database_url)
app = create_app(FUZZ_SETTINGS)
schema = load_schema(app)


@pytest.fixture(scope="module", autouse=True)
def _seed_article(analyzer):
    """The seed article stored, so that ids and filters in generated requests find real rows."""
    engine = make_engine(FUZZ_SETTINGS.database_url)
    analyze_articles(engine=engine, analyzer=analyzer, articles=[ArticleInput(text=SEED_TEXT)])
    engine.dispose()


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_every_endpoint_conforms_to_its_schema(case):
    case.call_and_validate(headers={"X-API-Key": API_KEY, "Authorization": f"Bearer {API_KEY}"})
