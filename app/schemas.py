"""The API's data shapes. Plain Pydantic models: services build them, routes return them."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Generic, Literal, TypeVar

from pydantic import AfterValidator, AnyHttpUrl, BaseModel, ConfigDict, Field

from app.clock import as_utc

T = TypeVar("T")
UtcDatetime = Annotated[datetime, AfterValidator(as_utc)]


class AnalyzeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    text: str = Field(description="The article's plain text. Offsets in the response index into exactly this string.")
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
    next_cursor: str | None = Field(
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
