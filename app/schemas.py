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


SpeakerKindOut = Literal["person", "organization", "group", "document", "unknown"]
GenderOut = Literal["female", "male"]


class SpeakerRef(BaseModel):
    id: int
    name: str
    kind: SpeakerKindOut
    role: str | None
    mention: TextSpanOut | None
    gender: GenderOut | None = Field(
        description="The speaker's gender as this article states it (pronouns, honorifics, gendered role words); "
        "null when it states none. Never guessed from a name."
    )


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


class EntityOut(BaseModel):
    name: str = Field(description="The fullest name the article writes.")
    kind: SpeakerKindOut
    aliases: list[str]
    roles: list[str]
    gender: GenderOut | None = Field(description="As the article states it, else null.")
    plural: bool
    speaker_id: int | None = Field(description="The archive speaker it was stored as, when it speaks.")
    quote_ids: list[int] = Field(description="The quotes it speaks, in text order.")


class ArticleDetail(ArticleOut):
    text: str
    quotes: list[QuoteOut]
    entities: list[EntityOut] = Field(description="The article's people, organisations and groups.")


class SpeakerOut(BaseModel):
    id: int
    name: str
    kind: SpeakerKindOut
    roles: list[str]
    quote_count: int


class RoleSeen(BaseModel):
    role: str
    first_seen: UtcDatetime = Field(description="Earliest `published_at` (or analysis date) of an article giving it.")
    last_seen: UtcDatetime
    article_count: int


class StatedGender(BaseModel):
    value: Literal["female", "male", "unknown"] = Field(
        description="What most articles that state a gender state; `unknown` when none does or they are tied."
    )
    female_articles: int = Field(description="Articles that state she is a woman.")
    male_articles: int = Field(description="Articles that state he is a man.")


class OutletCount(BaseModel):
    source: str | None
    article_count: int
    quote_count: int


class SpeakerDetail(SpeakerOut):
    named: bool = Field(description="False for an unnamed description or an unresolved pronoun.")
    aliases: list[str] = Field(description="Every form of the name articles wrote.")
    role_history: list[RoleSeen]
    gender: StatedGender
    outlets: list[OutletCount]
    merged_ids: list[int] = Field(description="Speaker ids merged into this one; they answer with this speaker.")
    ambiguous_with: list[int] = Field(
        description="Speakers this one could be: its name matched several, so none was chosen. Merge to resolve."
    )


class PeopleCount(BaseModel):
    people: int = Field(description="Distinct people quoted.")
    quotes: int


class SpeakerCount(BaseModel):
    speakers: int = Field(description="Distinct speakers quoted.")
    quotes: int


class SourceMonthStats(BaseModel):
    source: str | None = Field(description="The outlet (the article's `source`); null when none was given.")
    month: str = Field(description="YYYY-MM of the articles' publication (else analysis) date, UTC.")
    quotes: int
    people: int = Field(description="Distinct people (speakers of kind person) quoted.")
    by_gender: dict[Literal["female", "male", "unknown"], PeopleCount] = Field(
        description="People by the gender articles state for them (majority of the articles that state one)."
    )
    by_kind: dict[Literal["person", "organization", "group", "document", "unnamed"], SpeakerCount]
    unattributed_quotes: int


class MergeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    into: int = Field(ge=1, le=2_147_483_647, description="The speaker that keeps the quotes and aliases.")


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
