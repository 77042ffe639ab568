from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from app.api.deps import SessionDep
from app.api.query_text import query_without_control_characters
from app.api.security import AUTH_ERRORS, require_reader
from app.schemas import Page, TopicOut
from app.services.topics import list_topics

router = APIRouter(tags=["topics"], dependencies=[Depends(require_reader), Depends(query_without_control_characters)], responses=AUTH_ERRORS)


@router.get("/topics", response_model=Page[TopicOut])
def search_topics(
    session: SessionDep,
    prefix: Annotated[str | None, Query(max_length=200, description="Only topics starting with this.")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
):
    """Topics by how many quotes carry them."""
    return list_topics(session=session, prefix=prefix, limit=limit, offset=offset)
