"""POST /analyze/batch: many articles per request, one result per article.

The items are validated against the same schema as POST /analyze, so a structurally malformed item (a field of
the wrong type, an unknown field) refuses the whole request with 422 naming the item; everything the service checks
about the text itself (empty, control characters, HTML, too long) is reported per item and does not stop the others.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel, Field

from app.api.deps import NlpDep, ParserDep, SessionDep, SettingsDep
from app.api.errors import STATUS_BY_ERROR
from app.api.routes.analyze import to_article_input
from app.api.security import AUTH_ERRORS, require_writer
from app.errors import DomainError
from app.schemas import AnalyzeRequest, ArticleDetail, ErrorOut
from app.services.batch import BatchItemResult, analyze_batch

router = APIRouter(tags=["analysis"], dependencies=[Depends(require_writer)], responses=AUTH_ERRORS)


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
        "batch), `article` is the stored analysis; 413 text too long; 422 text not analysable (see `error`)."
    )
    article: ArticleDetail | None
    error: str | None


class BatchResponse(BaseModel):
    results: list[BatchItemOut] = Field(description="One result per article, in request order.")


def _status_for(error: DomainError) -> int:
    for error_type in type(error).__mro__:
        if error_type in STATUS_BY_ERROR:
            return STATUS_BY_ERROR[error_type]
    return status.HTTP_400_BAD_REQUEST


def _item_out(result: BatchItemResult) -> BatchItemOut:
    if result.error is not None:
        return BatchItemOut(index=result.index, status=_status_for(result.error), article=None,
                            error=result.error.message)
    code = status.HTTP_201_CREATED if result.outcome == "created" else status.HTTP_200_OK
    return BatchItemOut(index=result.index, status=code, article=result.article, error=None)


@router.post(
    "/analyze/batch",
    response_model=BatchResponse,
    responses={
        400: {"model": ErrorOut, "description": "Body not valid UTF-8."},
        413: {"model": ErrorOut, "description": "More articles than the batch limit, or a body too large."},
        415: {"model": ErrorOut, "description": "Body not sent as application/json."},
        422: {"model": ErrorOut, "description": "No articles, or an item that does not match the article schema."},
    },
)
def analyze_many(
    body: BatchRequest, session: SessionDep, nlp: NlpDep, settings: SettingsDep, parser: ParserDep
) -> BatchResponse:
    """Find, attribute and store the quotations of up to `max_batch_size` articles parsed together; one result per
    article, in order, each with its own status, so one bad article does not fail the batch."""
    if len(body.articles) > settings.max_batch_size:
        raise HTTPException(
            status_code=status.HTTP_413_CONTENT_TOO_LARGE,
            detail=f"{len(body.articles)} articles sent; a batch may hold at most {settings.max_batch_size}: "
            "split it into several requests",
        )
    results = analyze_batch(
        session=session, nlp=nlp, articles=[to_article_input(a) for a in body.articles],
        max_chars=settings.max_text_chars, parser=parser,
    )
    return BatchResponse(results=[_item_out(r) for r in results])
