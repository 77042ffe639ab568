"""The API's data shapes. Plain Pydantic models: services build them, routes return them."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Generic, Literal, TypeVar

from pydantic import AfterValidator, AnyHttpUrl, BaseModel, BeforeValidator, ConfigDict, Discriminator, Field, Tag

from app.clock import as_utc
from app.text import forbidden_control_problem

T = TypeVar("T")
# Documents what the service checks itself, with clearer messages than a schema error: some non-space character,
# and no control characters other than tab and line breaks.
TEXT_PATTERN = r"^[^\u0000-\u0008\u000b\u000e-\u001f\u007f]*[^\s\u0000-\u001f\u007f][^\u0000-\u0008\u000b\u000e-\u001f\u007f]*$"
NO_CONTROL_PATTERN = r"^[^\u0000-\u0008\u000b\u000e-\u001f\u007f]*$"
_ISO_DATE_START = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _iso_8601_only(value: object) -> object:
    """Pydantic would read a bare number as a Unix timestamp; the API promises ISO 8601 and keeps to it."""
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not _ISO_DATE_START.match(value):
        raise ValueError("must be an ISO 8601 date-time such as 2024-11-26T09:30:00Z")
    return value


UtcDatetime = Annotated[datetime, BeforeValidator(_iso_8601_only), AfterValidator(as_utc)]


def _no_control_characters(value: str) -> str:
    """A title, an outlet, a name or a role is stored as text, and PostgreSQL refuses NUL outright: a control
    character is refused here with its offset (422), as in the article's text, instead of failing the write (500)."""
    problem = forbidden_control_problem(value)
    if problem is not None:
        raise ValueError(f"{problem}; remove control characters other than tab and line breaks")
    return value


# Free text the API stores beside the article's: no control characters other than tab and line breaks. The schema
# states the rule too, else a client (or the schema fuzzer) reads the 422 as a valid request refused.
PlainText = Annotated[
    str, AfterValidator(_no_control_characters), Field(json_schema_extra={"pattern": NO_CONTROL_PATTERN})
]


class AnalyzeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    text: str = Field(
        description="The article's plain text (not HTML). Offsets in the response index into exactly this string. "
        "Longer texts than the server's limit (200,000 characters by default) get 413.",
        json_schema_extra={"minLength": 1, "pattern": TEXT_PATTERN},
    )
    title: PlainText | None = Field(default=None, max_length=1000)
    url: AnyHttpUrl | None = Field(default=None, description="Canonical URL; posting the same URL again returns the stored analysis.")
    source: PlainText | None = Field(default=None, max_length=200, description="Outlet name, e.g. 'Kurdistan24'.")
    published_at: UtcDatetime | None = Field(default=None, description="ISO 8601; without a zone, UTC is assumed.")


class TextSpanOut(BaseModel):
    text: str
    start: int
    end: int


SpeakerKindName = Literal["person", "organization", "group", "document", "unknown"]
GenderOut = Literal["female", "male"]
QuoteStatusName = Literal["unreviewed", "accepted", "rejected"]


class MemberRef(BaseModel):
    id: int = Field(description="The archive speaker the member is; `GET /quotes?speaker_id=` finds the group's "
                    "quotes too.")
    name: str


class SpeakerRef(BaseModel):
    id: int
    name: str
    kind: SpeakerKindName
    role: str | None
    mention: TextSpanOut | None
    gender: GenderOut | None = Field(
        description="The speaker's gender as this article states it (pronouns, honorifics, gendered role words); "
        "null when it states none. Never guessed from a name."
    )
    members: list[MemberRef] = Field(
        default_factory=list, description="For a group of named people: each member; empty for anyone else."
    )


class SpeakerSaid(BaseModel):
    id: int | None = Field(description="The speaker's id then; null if that speaker is gone since.")
    name: str
    kind: SpeakerKindName


class PipelineSaid(BaseModel):
    """What the pipeline had attributed before an editor changed the quote."""

    speaker: SpeakerSaid | None
    role: str | None
    kind: Literal["direct", "indirect", "mixed"]


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
    status: QuoteStatusName = Field(description="`rejected` quotes are left out of queries and counts.")
    origin: Literal["pipeline", "editor"] = Field(description="`editor`: added by hand, never re-analysed away.")
    corrected: bool = Field(description="An editor has changed or reviewed this quote (or added it).")
    pipeline: PipelineSaid | None = Field(
        description="What the pipeline had said, once an editor changed the quote; null otherwise."
    )


class ArticleOut(BaseModel):
    id: int
    url: str | None
    title: str | None
    source: str | None
    published_at: UtcDatetime | None
    created_at: UtcDatetime
    quote_count: int = Field(description="The article's quotes, less those an editor rejected.")


class EntityOut(BaseModel):
    name: str = Field(description="The fullest name the article writes.")
    kind: SpeakerKindName
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
    kind: SpeakerKindName
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
    members: list[MemberRef] = Field(
        default_factory=list, description="For a group of named people: each member; empty for anyone else."
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


class SpeakerById(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: int = Field(ge=1, le=2_147_483_647, description="An existing speaker's id.")


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("the speaker's name is empty")
    return value


class SpeakerByName(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Annotated[PlainText, AfterValidator(_not_blank)] = Field(
        min_length=1, max_length=300, json_schema_extra={"pattern": TEXT_PATTERN},
        description="Found among the stored speakers, or created.",
    )
    kind: SpeakerKindName | None = Field(default=None, description="Without it: the stored speaker of that name, "
                                         "else a new person.")
    role: PlainText | None = Field(default=None, max_length=500, description="The role this article gives the speaker.")


def _speaker_choice(value: object) -> str:
    return "id" if isinstance(value, dict) and "id" in value or isinstance(value, SpeakerById) else "name"


# `{"id": N}` or `{"name": …}`: told apart by the key, so that a bad value gets the one error that concerns it.
SpeakerChoice = Annotated[
    Annotated[SpeakerById, Tag("id")] | Annotated[SpeakerByName, Tag("name")], Discriminator(_speaker_choice)
]


class QuotePatch(BaseModel):
    """Only the fields sent change. Changing the speaker clears the role (unless one is sent) and the mention."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"minProperties": 1})

    speaker: SpeakerChoice | None = Field(default=None, description="null: nobody.")
    role: PlainText | None = Field(default=None, max_length=500)
    kind: Literal["direct", "indirect", "mixed"] = Field(default=None)  # type: ignore[assignment] - absent: no change
    status: Literal["accepted", "rejected"] = Field(
        default=None,  # type: ignore[assignment]
        description="`accepted`: an editor confirmed it; `rejected`: not a quotation (hidden from queries and counts).",
    )


class SpanIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    start: int = Field(ge=0, le=2_147_483_647)
    end: int = Field(ge=0, le=2_147_483_647)


class QuoteIn(BaseModel):
    """A quote the pipeline missed, by character offsets into the stored article text (quotation marks excluded)."""

    model_config = ConfigDict(extra="forbid")

    spans: list[tuple[int, int]] = Field(min_length=1, max_length=50, description="Each piece's [start, end).")
    kind: Literal["direct", "indirect", "mixed"]
    speaker: SpeakerChoice | None
    role: PlainText | None = Field(default=None, max_length=500)
    cue: SpanIn | None = Field(default=None, description="The reporting verb, e.g. `said`.")
    mention: SpanIn | None = Field(default=None, description="Where the text names the speaker for this quote.")


class CorrectionOut(BaseModel):
    id: int
    quote_id: int | None = Field(description="null for a whole-article change (a re-analysis) or a quote since gone.")
    author: str = Field(description="The name of the API key that made the change.")
    made_at: UtcDatetime
    field: Literal["speaker", "role", "kind", "status", "quote", "reanalysis"]
    before: dict | list | str | None
    after: dict | list | str | None


class ReanalysisOut(BaseModel):
    article_id: int
    pipeline_version: str
    added: list[int] = Field(description="Ids of the new quotes the pipeline found.")
    removed: list[int] = Field(description="Ids of the pipeline quotes it no longer finds as they were (deleted).")
    kept: list[int] = Field(description="Ids of the quotes an editor reviewed, added or corrected: kept as they are.")
    unchanged: list[int] = Field(description="Ids of the pipeline quotes found again exactly as stored.")
