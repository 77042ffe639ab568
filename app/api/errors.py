"""Translation of domain errors into HTTP statuses: the only place that knows both."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.errors import ArticleTooLarge, DomainError, InvalidArticle, InvalidQuery, NotFound

STATUS_BY_ERROR: dict[type[DomainError], int] = {
    NotFound: 404,
    ArticleTooLarge: 413,
    InvalidArticle: 422,
    InvalidQuery: 422,
}


def _status_for(error: DomainError) -> int:
    for error_type in type(error).__mro__:
        if error_type in STATUS_BY_ERROR:
            return STATUS_BY_ERROR[error_type]
    return 400


async def domain_error_handler(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, DomainError)
    return JSONResponse(status_code=_status_for(error), content={"detail": error.message})


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(DomainError, domain_error_handler)
