"""POST /analyze. Async: the article waits for, and is analysed in, the Analyzer's worker processes without holding
a thread of the event loop's small thread pool (where the GET routes run); the database work and the rendering of
the answer run in that pool, briefly, so the event loop itself never does more than parse the request body."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response, status
from fastapi.concurrency import run_in_threadpool

from app.api.balance import reconnect_when_crowded
from app.api.deps import AnalyzerDep, EngineDep, SettingsDep
from app.api.query_text import query_without_control_characters
from app.api.security import AUTH_ERRORS, require_writer
from app.logging_setup import add_log_fields
from app.schemas import AnalyzeRequest, ArticleDetail, ErrorOut
from app.services.analysis import ArticleOutcome, analyze_articles_async, answers
from app.services.storage import ArticleInput

router = APIRouter(tags=["analysis"], dependencies=[Depends(require_writer), Depends(query_without_control_characters)], responses=AUTH_ERRORS)

OVERLOAD_ERRORS = {
    429: {"model": ErrorOut, "description": "This API key has too many analyses waiting; see `Retry-After`."},
    503: {"model": ErrorOut, "description": "The analysis queue is full; see `Retry-After`."},
}


def to_article_input(body: AnalyzeRequest) -> ArticleInput:
    return ArticleInput(
        text=body.text,
        title=body.title,
        url=str(body.url) if body.url is not None else None,
        source=body.source,
        published_at=body.published_at,
    )


def json_response(model, status_code: int) -> Response:  # noqa: ANN001 - any pydantic model
    return Response(model.model_dump_json().encode(), status_code=status_code, media_type="application/json")


def article_response(engine, outcome: ArticleOutcome, status_code: int) -> Response:  # noqa: ANN001 - an Engine
    """The analysis just written (or the stored one, read back) rendered in one trip to the thread pool."""
    return json_response(answers(engine=engine, outcomes=[outcome])[outcome.article_id], status_code)


@router.post(
    "/analyze",
    response_model=ArticleDetail,
    status_code=status.HTTP_201_CREATED,
    responses={
        200: {"model": ArticleDetail, "description": "Already analysed (same URL or text): the stored analysis."},
        400: {"model": ErrorOut, "description": "Body not valid UTF-8."},
        413: {"model": ErrorOut, "description": "Text longer than the configured limit."},
        415: {"model": ErrorOut, "description": "Body not sent as application/json."},
        422: {"model": ErrorOut, "description": "Empty text, control characters, HTML, a malformed field, or an "
              "analysis stopped at the deadline (the message gives the text's length and the limit)."},
        **OVERLOAD_ERRORS,
    },
)
async def analyze(body: AnalyzeRequest, request: Request, engine: EngineDep, analyzer: AnalyzerDep,
                  settings: SettingsDep):
    """Find every quotation in the article, attribute it, store it, and return the stored analysis."""
    outcomes, seconds = await analyze_articles_async(
        engine=engine, analyzer=analyzer, articles=[to_article_input(body)], client=request.state.api_key_name
    )
    outcome = outcomes[0]
    add_log_fields(request, article_chars=len(body.text), outcome=outcome.outcome, quotes=outcome.quote_count,
                   parse_s=round(seconds, 3))
    if outcome.error is not None:
        raise outcome.error
    code = status.HTTP_201_CREATED if outcome.outcome == "created" else status.HTTP_200_OK
    response = await run_in_threadpool(article_response, engine, outcome, code)
    return reconnect_when_crowded(response, analyzer, settings)
