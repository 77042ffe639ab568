"""Running and checking Alembic migrations from code, so the app, the seed command and the tests all build
the schema the one way it may be built."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def alembic_config(database_url: str | None = None) -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    if database_url:
        config.attributes["database_url"] = database_url
    config.attributes["configure_logging"] = False
    return config


def upgrade_to_head(database_url: str | None = None) -> None:
    command.upgrade(alembic_config(database_url), "head")


# Objects that migrations create by hand (the full-text index) and the models do not describe.
UNMODELLED_TABLES = {"quote_fts", "quote_fts_data", "quote_fts_idx", "quote_fts_docsize", "quote_fts_config"}
UNMODELLED_INDEXES = {"ix_quote_text_fts"}


def include_object(obj, name, type_, reflected, compare_to) -> bool:  # noqa: ANN001 - Alembic's hook signature
    if type_ == "table" and name in UNMODELLED_TABLES:
        return False
    return not (type_ == "index" and name in UNMODELLED_INDEXES)


class SchemaOutOfDate(RuntimeError):
    pass


def assert_schema_is_current(engine: Engine) -> None:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current != head:
        raise SchemaOutOfDate(
            f"database schema is at revision {current or 'none'}, the code needs {head}: "
            "run `alembic upgrade head` (or `python -m app.seed`) first"
        )
