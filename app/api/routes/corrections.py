"""The review desk's JSON API: correct a quote, add a missed one, read the history, re-run the pipeline."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from app.api.deps import AnalyzerDep, SessionDep, id_path
from app.api.security import AUTH_ERRORS, require_reader, require_writer
from app.schemas import CorrectionOut, ErrorOut, Page, QuoteIn, QuoteOut, QuotePatch, ReanalysisOut
from app.services.corrections import add_quote, article_history, correct_quote
from app.services.reanalysis import reanalyze_article

router = APIRouter(tags=["corrections"], responses=AUTH_ERRORS)
WRITER = [Depends(require_writer)]
NOT_FOUND = {404: {"model": ErrorOut}}
BAD_BODY = {
    400: {"model": ErrorOut, "description": "Body not valid UTF-8."},
    413: {"model": ErrorOut, "description": "Body over the size limit."},
    415: {"model": ErrorOut, "description": "Body not sent as application/json."},
    422: {"model": ErrorOut, "description": "A value that cannot apply: nothing was changed."},
}
CONFLICT = {409: {"model": ErrorOut, "description": "Spans outside the text, or overlapping another quote."}}


def _author(request: Request) -> str:
    """The name of the API key that authorised the request (set by require_writer), for the history."""
    return getattr(request.state, "api_key_name", "anonymous")


@router.patch("/quotes/{quote_id}", response_model=QuoteOut, dependencies=WRITER, responses=NOT_FOUND | BAD_BODY)
def patch_quote(request: Request, session: SessionDep, quote_id: Annotated[int, id_path("quote")], patch: QuotePatch):
    """Correct a quote: its speaker (`{"id": N}`, `{"name": …, "kind"?: …, "role"?: …}` or null), role, kind, or
    status (`accepted` / `rejected`). Every change is recorded in the article's history."""
    return correct_quote(session=session, quote_id=quote_id, patch=patch, author=_author(request))


@router.post(
    "/articles/{article_id}/quotes", status_code=201, response_model=QuoteOut, dependencies=WRITER,
    responses=NOT_FOUND | BAD_BODY | CONFLICT,
)
def post_quote(request: Request, session: SessionDep, article_id: Annotated[int, id_path("article")], quote: QuoteIn):
    """Add a quote the pipeline missed, by character spans into the stored text."""
    return add_quote(session=session, article_id=article_id, quote=quote, author=_author(request))


@router.get("/articles/{article_id}/history", response_model=Page[CorrectionOut],
            dependencies=[Depends(require_reader)], responses=NOT_FOUND)
def read_history(
    session: SessionDep,
    article_id: Annotated[int, id_path("article")],
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
):
    """Every change made to the article's quotes, newest first: who, when, the field, before and after."""
    return article_history(session=session, article_id=article_id, limit=limit, offset=offset)


@router.post("/articles/{article_id}/reanalyze", response_model=ReanalysisOut, dependencies=WRITER,
             responses=NOT_FOUND)
def reanalyze(request: Request, session: SessionDep, analyzer: AnalyzerDep,
              article_id: Annotated[int, id_path("article")]):
    """Re-run the current pipeline on the stored text. Quotes an editor reviewed, corrected or added stay as they
    are; the pipeline's other quotes are replaced. Says which quote ids were added, removed, kept and unchanged."""
    return reanalyze_article(
        session=session, article_id=article_id, pipeline_version=analyzer.pipeline_version, author=_author(request),
        extract=lambda text: analyzer.analyze_text(text, client=_author(request)),
    )
