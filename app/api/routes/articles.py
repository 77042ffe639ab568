from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import SessionDep, id_path
from app.schemas import ArticleDetail, ArticleOut, ErrorOut, Page
from app.services.articles import get_article, list_articles

router = APIRouter(tags=["articles"])


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
