from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query

from app.api.deps import SessionDep, id_path
from app.api.query_text import query_without_control_characters
from app.api.security import AUTH_ERRORS, require_reader, require_writer
from app.schemas import ErrorOut, MergeRequest, Page, SpeakerDetail, SpeakerOut
from app.services.speakers import get_speaker, list_speakers, merge_speakers

router = APIRouter(tags=["speakers"], dependencies=[Depends(require_reader), Depends(query_without_control_characters)], responses=AUTH_ERRORS)


@router.get("/speakers", response_model=Page[SpeakerOut], responses={422: {"model": ErrorOut}})
def search_speakers(
    session: SessionDep,
    name: Annotated[str | None, Query(max_length=200, description="A name or part of one, or any form of it articles wrote; case- and accent-insensitive.")] = None,
    kind: Literal["person", "organization", "group", "document", "unknown"] | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
):
    """Speakers in name order, each with the roles articles gave them and their quote count."""
    return list_speakers(session=session, name=name, kind=kind, limit=limit, offset=offset)


@router.get("/speakers/{speaker_id}", response_model=SpeakerDetail, responses={404: {"model": ErrorOut}})
def read_speaker(session: SessionDep, speaker_id: Annotated[int, id_path("speaker")]):
    """The speaker with every name form, roles over time, stated gender and outlets. The id of a merged speaker
    answers with the speaker it was merged into (200, whose `id` is the new one)."""
    return get_speaker(session=session, speaker_id=speaker_id)


@router.post(
    "/speakers/{speaker_id}/merge",
    response_model=SpeakerDetail,
    dependencies=[Depends(require_writer), Depends(query_without_control_characters)],
    responses={
        400: {"model": ErrorOut, "description": "Body not valid UTF-8."},
        404: {"model": ErrorOut},
        409: {"model": ErrorOut, "description": "Into itself, or already merged."},
        413: {"model": ErrorOut, "description": "Body too large."},
        415: {"model": ErrorOut, "description": "Body not sent as application/json."},
        422: {"model": ErrorOut},
    },
)
def merge_speaker(session: SessionDep, speaker_id: Annotated[int, id_path("speaker")], body: MergeRequest):
    """Editors: the speaker's quotes, aliases and name words move to `into`; its id keeps answering with `into`."""
    return merge_speakers(session=session, speaker_id=speaker_id, into=body.into)
