"""GET /quotes.csv and /quotes.ndjson: every quote matching GET /quotes's filters, streamed. Included before the
quotes router so these literal paths are matched before `/quotes/{quote_id}` is tried."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse
from sqlmodel import Session

from app.api.query_text import query_without_control_characters
from app.api.routes.quotes import QuoteFiltersDep
from app.api.security import AUTH_ERRORS, require_reader
from app.schemas import ErrorOut
from app.services.export import FIELDS, export_csv, export_ndjson
from app.services.quotes import QuoteFilters

router = APIRouter(tags=["quotes"], dependencies=[Depends(require_reader), Depends(query_without_control_characters)], responses=AUTH_ERRORS)
FIELD_LIST = ", ".join(f"`{f}`" for f in FIELDS)


def _stream(request: Request, export: Callable[..., Iterator[str]], filters: QuoteFilters) -> Iterator[str]:
    """The stream outlives the request's own session, so it reads through a session of its own."""
    with Session(request.app.state.engine) as session:
        yield from export(session=session, filters=filters)


@router.get("/quotes.csv", response_class=StreamingResponse, responses={
    200: {"content": {"text/csv": {}}, "description": f"A header line, then one row per quote: {FIELD_LIST}."},
    422: {"model": ErrorOut}})
def export_quotes_csv(request: Request, filters: QuoteFiltersDep) -> StreamingResponse:
    """Every quote matching the filters of GET /quotes (not a page), newest first, as CSV."""
    return StreamingResponse(_stream(request, export_csv, filters), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": 'attachment; filename="quotes.csv"'})


@router.get("/quotes.ndjson", response_class=StreamingResponse, responses={
    200: {"content": {"application/x-ndjson": {}}, "description": f"One JSON object per line: {FIELD_LIST}."},
    422: {"model": ErrorOut}})
def export_quotes_ndjson(request: Request, filters: QuoteFiltersDep) -> StreamingResponse:
    """Every quote matching the filters of GET /quotes (not a page), newest first, one JSON object per line."""
    return StreamingResponse(_stream(request, export_ndjson, filters), media_type="application/x-ndjson")
