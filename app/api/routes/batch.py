"""POST /analyze/batch: many articles per request, one result per article.

The items are validated against the same schema as POST /analyze, so a structurally malformed item (a field of
the wrong type, an unknown field) refuses the whole request with 422 naming the item; everything the service checks
about the text itself (empty, control characters, HTML, too long) is reported per item and does not stop the others.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request, Response, status
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from app.api.balance import reconnect_when_crowded
from app.api.deps import AnalyzerDep, EngineDep, SettingsDep
from app.api.errors import status_for
from app.api.query_text import query_without_control_characters
from app.api.routes.analyze import OVERLOAD_ERRORS, json_response, to_article_input
from app.api.security import AUTH_ERRORS, require_writer
from app.logging_setup import add_log_fields
from app.schemas import AnalyzeRequest, ArticleDetail, ErrorOut
from app.services.analysis import ArticleOutcome, analyze_articles_async, answers

router = APIRouter(tags=["analysis"], dependencies=[Depends(require_writer), Depends(query_without_control_characters)], responses=AUTH_ERRORS)


class BatchArticle(AnalyzeRequest):
    """As for POST /analyze, except that the text is not constrained by the schema: an empty text, control
    characters or HTML are reported in that article's result (422), not by refusing the whole batch."""

    text: str = Field(description="The article's plain text (not HTML); checked per article, see `results`.")


class BatchRequest(BaseModel):
    articles: list[BatchArticle] = Field(
        min_length=1,
        description="The articles to analyse, each as for POST /analyze; at most the server's batch limit "
        "(100 by default) — more get 413.",
    )


class BatchItemOut(BaseModel):
    index: int = Field(description="Position of the article in the request.")
    status: int = Field(
        description="201 analysed and stored now; 200 already stored (same URL or text, possibly earlier in this "
        "batch), `article` is the stored analysis; 413 text too long; 422 text not analysable or its analysis "
        "stopped at the deadline (see `error`)."
    )
    article: ArticleDetail | None
    error: str | None


class BatchResponse(BaseModel):
    results: list[BatchItemOut] = Field(description="One result per article, in request order.")


def _item_out(outcome: ArticleOutcome, details: dict[int, ArticleDetail]) -> BatchItemOut:
    if outcome.error is not None:
        return BatchItemOut(index=outcome.index, status=status_for(outcome.error), article=None,
                            error=outcome.error.message)
    code = status.HTTP_201_CREATED if outcome.outcome == "created" else status.HTTP_200_OK
    return BatchItemOut(index=outcome.index, status=code, article=details[outcome.article_id], error=None)


def _response(outcomes: list[ArticleOutcome], engine) -> Response:  # noqa: ANN001 - an Engine
    details = answers(engine=engine, outcomes=outcomes)
    return json_response(BatchResponse(results=[_item_out(o, details) for o in outcomes]), status.HTTP_200_OK)


@router.post(
    "/analyze/batch",
    response_model=BatchResponse,
    responses={
        400: {"model": ErrorOut, "description": "Body not valid UTF-8."},
        413: {"model": ErrorOut, "description": "More articles than the batch limit, or a body too large."},
        415: {"model": ErrorOut, "description": "Body not sent as application/json."},
        422: {"model": ErrorOut, "description": "No articles, or an item that does not match the article schema."},
        **OVERLOAD_ERRORS,
    },
)
async def analyze_many(body: BatchRequest, request: Request, engine: EngineDep, analyzer: AnalyzerDep,
                       settings: SettingsDep):
    """Find, attribute and store the quotations of up to `max_batch_size` articles analysed together; one result
    per article, in order, each with its own status, so one bad article does not fail the batch."""
    if len(body.articles) > settings.max_batch_size:
        raise HTTPException(
            status_code=status.HTTP_413_CONTENT_TOO_LARGE,
            detail=f"{len(body.articles)} articles sent; a batch may hold at most {settings.max_batch_size}: "
            "split it into several requests",
        )
    outcomes, seconds = await analyze_articles_async(
        engine=engine, analyzer=analyzer, articles=[to_article_input(a) for a in body.articles],
        client=request.state.api_key_name,
    )
    add_log_fields(request, articles=len(outcomes), article_chars=sum(len(a.text) for a in body.articles),
                   quotes=sum(o.quote_count or 0 for o in outcomes),
                   failed=sum(o.outcome == "failed" for o in outcomes), parse_s=round(seconds, 3))
    return reconnect_when_crowded(await run_in_threadpool(_response, outcomes, engine), analyzer, settings)
