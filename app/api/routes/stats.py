from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from app.api.deps import SessionDep
from app.api.query_text import query_without_control_characters
from app.api.security import AUTH_ERRORS, require_reader
from app.schemas import ErrorOut, SourceMonthStats, UtcDatetime
from app.services.stats import source_statistics, statistics_csv

router = APIRouter(tags=["statistics"], dependencies=[Depends(require_reader), Depends(query_without_control_characters)], responses=AUTH_ERRORS)


@router.get("/stats/sources", response_model=list[SourceMonthStats], responses={
    200: {"content": {"text/csv": {}}, "description": "JSON, or CSV with `format=csv` or `Accept: text/csv`."},
    422: {"model": ErrorOut}})
def sources(
    request: Request,
    session: SessionDep,
    since: Annotated[UtcDatetime | None, Query(description="Published at or after (ISO 8601).")] = None,
    until: Annotated[UtcDatetime | None, Query(description="Published before (ISO 8601).")] = None,
    source: Annotated[str | None, Query(max_length=200, description="One outlet only.")] = None,
    topic: Annotated[str | None, Query(max_length=200, description="Only quotes on this topic.")] = None,
    format: Annotated[Literal["json", "csv"] | None, Query(description="Default: by the Accept header, else JSON.")] = None,  # noqa: A002
):
    """Who gets quoted, per outlet and month: quotes and distinct people by the gender articles state for them
    (female, male, unknown), and speakers by kind (person, organization, group, document, unnamed description)."""
    rows = source_statistics(session=session, since=since, until=until, source=source, topic=topic)
    wants_csv = format == "csv" or (format is None and "text/csv" in request.headers.get("accept", ""))
    if wants_csv:
        return Response(statistics_csv(rows), media_type="text/csv; charset=utf-8")
    return rows
