from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from app.api.deps import SessionDep, id_path
from app.api.query_text import query_without_control_characters
from app.api.security import AUTH_ERRORS, require_reader, require_writer
from app.schemas import ArticleDetail, ArticleOut, ErrorOut, Page
from app.services.articles import delete_article, get_article, list_articles

router = APIRouter(tags=["articles"], dependencies=[Depends(require_reader), Depends(query_without_control_characters)], responses=AUTH_ERRORS)


@router.get("/articles", response_model=Page[ArticleOut])
def search_articles(
    session: SessionDep,
    source: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
):
    """Stored articles, newest first, with their quote counts."""
    return list_articles(session=session, limit=limit, offset=offset, source=source)


@router.get("/articles/{article_id}", response_model=ArticleDetail, responses={404: {"model": ErrorOut}})
def read_article(session: SessionDep, article_id: Annotated[int, id_path("article")]):
    """The article's text and all its quotes, in text order."""
    return get_article(session=session, article_id=article_id)


@router.delete(
    "/articles/{article_id}",
    status_code=204,
    dependencies=[Depends(require_writer), Depends(query_without_control_characters)],
    responses={404: {"model": ErrorOut}},
)
def retract_article(session: SessionDep, article_id: Annotated[int, id_path("article")]) -> Response:
    """Retract an article: its quotes and topic links are deleted, and speakers and topics no longer quoted."""
    delete_article(session=session, article_id=article_id)
    return Response(status_code=204)
