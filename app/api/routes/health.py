from __future__ import annotations

from fastapi import APIRouter, Request
from sqlalchemy import text

from app import __version__
from app.api.deps import SessionDep
from app.schemas import Health

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health)
def health(request: Request, session: SessionDep):
    """Answers only when the database responds and the pipeline is loaded."""
    session.execute(text("SELECT 1"))
    return Health(status="ok", database="ok", model=request.app.state.settings.spacy_model, version=__version__)
