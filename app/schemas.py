"""The API's data shapes. Plain Pydantic models: services build them, routes return them."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Generic, Literal, TypeVar

from pydantic import AfterValidator, BeforeValidator, AnyHttpUrl, BaseModel, ConfigDict, Field

from app.clock import as_utc

T = TypeVar("T")
# Documents what the service checks itself, with clearer messages than a schema error: some non-space character,
# and no control characters other than tab and line breaks.
TEXT_PATTERN = r"^[^\u0000-\u0008\u000b\u000e-\u001f\u007f]*[^\s\u0000-\u001f\u007f][^\u0000-\u0008\u000b\u000e-\u001f\u007f]*$"
_ISO_DATE_START = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _iso_8601_only(value: object) -> object:
    """Pydantic would read a bare number as a Unix timestamp; the API promises ISO 8601 and keeps to it."""
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not _ISO_DATE_START.match(value):
        raise ValueError("must be an ISO 8601 date-time such as 2024-11-26T09:30:00Z")
    return value


UtcDatetime = Annotated[datetime, BeforeValidator(_iso_8601_only), AfterValidator(as_utc)]


class AnalyzeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    text: str = Field(
        description="The article's plain text (not HTML). Offsets in the response index into exactly this string. "
        "Longer texts than the server's limit (200,000 characters by default) get 413.",
        json_schema_extra={"minLength": 1, "pattern": TEXT_PATTERN},
    )
    title: str | None = Field(default=None, max_length=1000)
    url: AnyHttpUrl | None = Field(default=None, description="Canonical URL; posting the same URL again returns the stored analysis.")
    source: str | None = Field(default=None, max_length=200, description="Outlet name, e.g. 'Kurdistan24'.")
    published_at: UtcDatetime | None = Field(default=None, description="ISO 8601; without a zone, UTC is assumed.")


class TextSpanOut(BaseModel):
    text: str
    start: int
    end: int


class SpeakerRef(BaseModel):
    id: int
    name: str
    kind: Literal["person", "organization", "group", "unknown"]
    role: str | None
    mention: TextSpanOut | None


class QuoteOut(BaseModel):
    id: int
    article_id: int
    text: str
    start: int
    end: int
    spans: list[tuple[int, int]]
    kind: Literal["direct", "indirect", "mixed"]
    cue: TextSpanOut | None
    speaker: SpeakerRef | None
    confidence: float = Field(ge=0, le=1)
    topics: list[str]


class ArticleOut(BaseModel):
    id: int
    url: str | None
    title: str | None
    source: str | None
    published_at: UtcDatetime | None
    created_at: UtcDatetime
    quote_count: int


class ArticleDetail(ArticleOut):
    text: str
    quotes: list[QuoteOut]


class SpeakerOut(BaseModel):
    id: int
    name: str
    kind: Literal["person", "organization", "group", "unknown"]
    roles: list[str]
    quote_count: int


class TopicOut(BaseModel):
    name: str
    quote_count: int


class Page(BaseModel, Generic[T]):
    total: int = Field(description="How many items match the filters, ignoring limit and offset.")
    limit: int
    offset: int
    next_cursor: int | None = Field(
        default=None, description="Pass as `cursor` to get the next page quickly, however deep; null on the last page."
    )
    items: list[T]


class Health(BaseModel):
    status: Literal["ok"]
    database: Literal["ok"]
    model: str
    version: str


class ErrorOut(BaseModel):
    detail: str | list[dict]
