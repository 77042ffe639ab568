"""FastAPI dependencies: the session per request, the pipeline and settings loaded once in the lifespan."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Executor
from typing import Annotated

from fastapi import Depends, Path, Request
from spacy.language import Language
from sqlmodel import Session

from app.settings import Settings

MAX_ID = 2_147_483_647  # ids are 32-bit on PostgreSQL; larger ones cannot exist


def get_session(request: Request) -> Iterator[Session]:
    with Session(request.app.state.engine) as session:
        yield session


def get_nlp(request: Request) -> Language:
    return request.app.state.nlp


def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_parser(request: Request) -> Executor:
    return request.app.state.parser


SessionDep = Annotated[Session, Depends(get_session)]
NlpDep = Annotated[Language, Depends(get_nlp)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
ParserDep = Annotated[Executor, Depends(get_parser)]


def id_path(entity: str):  # noqa: ANN201 - returns a FastAPI Path marker
    return Path(ge=1, le=MAX_ID, description=f"The {entity}'s id.")
