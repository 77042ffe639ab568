"""FastAPI dependencies: the session per request; the engine, the Analyzer and settings created once in the lifespan."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Path, Request
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.services.analyzer import Analyzer
from app.settings import Settings

MAX_ID = 2_147_483_647  # ids are 32-bit on PostgreSQL; larger ones cannot exist


def get_session(request: Request) -> Iterator[Session]:
    with Session(request.app.state.engine) as session:
        yield session


async def get_engine(request: Request) -> Engine:
    return request.app.state.engine


async def get_analyzer(request: Request) -> Analyzer:
    return request.app.state.analyzer


async def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


SessionDep = Annotated[Session, Depends(get_session)]
EngineDep = Annotated[Engine, Depends(get_engine)]
AnalyzerDep = Annotated[Analyzer, Depends(get_analyzer)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]


def id_path(entity: str):  # noqa: ANN201 - returns a FastAPI Path marker
    return Path(ge=1, le=MAX_ID, description=f"The {entity}'s id.")
