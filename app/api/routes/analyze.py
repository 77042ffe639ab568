from __future__ import annotations

from fastapi import APIRouter, Depends, Response, status

from app.api.security import AUTH_ERRORS, require_writer
from app.api.deps import NlpDep, ParserDep, SessionDep, SettingsDep
from app.schemas import AnalyzeRequest, ArticleDetail, ErrorOut
from app.services.analysis import analyze_article
from app.services.storage import ArticleInput

router = APIRouter(tags=["analysis"], dependencies=[Depends(require_writer)], responses=AUTH_ERRORS)


def to_article_input(body: AnalyzeRequest) -> ArticleInput:
    return ArticleInput(
        text=body.text,
        title=body.title,
        url=str(body.url) if body.url is not None else None,
        source=body.source,
        published_at=body.published_at,
    )


@router.post(
    "/analyze",
    response_model=ArticleDetail,
    status_code=status.HTTP_201_CREATED,
    responses={
        200: {"model": ArticleDetail, "description": "Already analysed (same URL or text): the stored analysis."},
        400: {"model": ErrorOut, "description": "Body not valid UTF-8."},
        413: {"model": ErrorOut, "description": "Text longer than the configured limit."},
        415: {"model": ErrorOut, "description": "Body not sent as application/json."},
        422: {"model": ErrorOut, "description": "Empty text, control characters, HTML, or a malformed field."},
    },
)
def analyze(
    body: AnalyzeRequest, response: Response, session: SessionDep, nlp: NlpDep, settings: SettingsDep,
    parser: ParserDep,
):
    """Find every quotation in the article, attribute it, store it, and return the stored analysis."""
    detail, created = analyze_article(
        session=session, nlp=nlp, article=to_article_input(body), max_chars=settings.max_text_chars,
        parser=parser,
    )
    if not created:
        response.status_code = status.HTTP_200_OK
    return detail
