from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query

from app.api.deps import SessionDep, id_path
from app.api.query_text import query_without_control_characters
from app.api.security import AUTH_ERRORS, require_reader
from app.schemas import ErrorOut, Page, QuoteOut, UtcDatetime
from app.services.quotes import QuoteFilters, get_quote, list_quotes

router = APIRouter(tags=["quotes"], dependencies=[Depends(require_reader), Depends(query_without_control_characters)], responses=AUTH_ERRORS)
NOT_FOUND = {404: {"model": ErrorOut}}


def quote_filters(
    speaker: Annotated[str | None, Query(max_length=200, description="A name or part of one, e.g. `Miller`, or any form of it articles wrote; case- and accent-insensitive.")] = None,
    speaker_id: Annotated[int | None, Query(ge=1, le=2_147_483_647, description="A merged speaker's id stands for the speaker it was merged into.")] = None,
    topic: Annotated[str | None, Query(max_length=200, description="A person, organisation, place or noun, e.g. `militia`.")] = None,
    q: Annotated[str | None, Query(max_length=500, description="Full-text search: every word must occur in the quote.")] = None,
    article_id: Annotated[int | None, Query(ge=1, le=2_147_483_647)] = None,
    kind: Literal["direct", "indirect", "mixed"] | None = None,
    since: Annotated[UtcDatetime | None, Query(description="Published at or after (ISO 8601).")] = None,
    until: Annotated[UtcDatetime | None, Query(description="Published before (ISO 8601).")] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    include_rejected: Annotated[bool, Query(description="Also quotes an editor rejected as not quotations.")] = False,
) -> QuoteFilters:
    """The filters of GET /quotes, shared by its exports."""
    return QuoteFilters(
        speaker=speaker, speaker_id=speaker_id, topic=topic, q=q, article_id=article_id, kind=kind,
        since=since, until=until, min_confidence=min_confidence, include_rejected=include_rejected,
    )


QuoteFiltersDep = Annotated[QuoteFilters, Depends(quote_filters)]


@router.get("/quotes", response_model=Page[QuoteOut], responses={422: {"model": ErrorOut}})
def search_quotes(
    session: SessionDep,
    filters: QuoteFiltersDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    cursor: Annotated[int | None, Query(ge=1, le=2_147_483_647, description="`next_cursor` of the previous page.")] = None,
):
    """Quotes matching every filter given, newest first."""
    return list_quotes(session=session, filters=filters, limit=limit, offset=offset, cursor=cursor)


@router.get("/quotes/{quote_id}", response_model=QuoteOut, responses=NOT_FOUND)
def read_quote(session: SessionDep, quote_id: Annotated[int, id_path("quote")]):
    return get_quote(session=session, quote_id=quote_id)
