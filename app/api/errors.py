"""Translation of domain errors into HTTP statuses: the only place that knows both."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from app.errors import (AnalysisFailed, AnalysisTimedOut, AnalyzerBusy, ArticleTooLarge, Conflict, DomainError,
                        InvalidArticle, InvalidCorrection, NotFound, Overloaded, TooManyAnalyses)

STATUS_BY_ERROR: dict[type[DomainError], int] = {
    NotFound: 404,
    Conflict: 409,
    ArticleTooLarge: 413,
    InvalidArticle: 422,
    InvalidCorrection: 422,
    AnalysisTimedOut: 422,
    TooManyAnalyses: 429,
    AnalyzerBusy: 503,
    AnalysisFailed: 500,  # the pipeline raised on this text: a bug, reported with what it raised
}


def status_for(error: DomainError) -> int:
    for error_type in type(error).__mro__:
        if error_type in STATUS_BY_ERROR:
            return STATUS_BY_ERROR[error_type]
    return 400


async def domain_error_handler(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, DomainError)
    headers = {"Retry-After": str(error.retry_after)} if isinstance(error, Overloaded) else None
    return JSONResponse(status_code=status_for(error), content={"detail": error.message}, headers=headers)


async def method_not_allowed_handler(request: Request, error: Exception) -> JSONResponse:
    """Starlette's 405 names only the methods of the first route matching the path; a path served by several
    routes (GET and DELETE /articles/{id}) must list them all in `Allow`."""
    assert isinstance(error, StarletteHTTPException)
    if error.status_code != 405:
        return await http_exception_handler(request, error)
    methods: set[str] = set()
    for route in request.app.router.routes:
        match, _ = route.matches(request.scope)
        if match != Match.NONE:
            methods |= getattr(route, "methods", None) or set()
    allow = ", ".join(sorted(methods))
    return JSONResponse(
        status_code=405, content={"detail": f"method {request.method} is not allowed here; use {allow}"},
        headers={"Allow": allow},
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(DomainError, domain_error_handler)
    app.add_exception_handler(StarletteHTTPException, method_not_allowed_handler)
