"""API-key checks. Keys arrive as `Authorization: Bearer <key>` or `X-API-Key: <key>`; every configured key is
compared in constant time, so response timing says nothing about how close a guess was."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from app.settings import Settings

_bearer = HTTPBearer(auto_error=False, description="Authorization: Bearer <API key>")
_api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="X-API-Key: <API key>")


def _key_is_valid(candidate: str, keys: list[str]) -> bool:
    candidate_bytes = candidate.encode("utf-8", "surrogatepass")
    matched = False
    for key in keys:  # no early exit: the time taken does not depend on which key matched
        matched |= hmac.compare_digest(candidate_bytes, key.encode("utf-8"))
    return matched


def _check(settings: Settings, bearer: HTTPAuthorizationCredentials | None, header_key: str | None) -> None:
    if settings.open_access and not settings.api_key_list:
        return
    candidate = header_key or (bearer.credentials if bearer else None)
    if not candidate:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="an API key is required: send `Authorization: Bearer <key>` or `X-API-Key: <key>`",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not _key_is_valid(candidate, settings.api_key_list):
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="this API key is not valid")


def require_writer(
    request: Request,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    header_key: Annotated[str | None, Depends(_api_key_header)],
) -> None:
    _check(request.app.state.settings, bearer, header_key)


def require_reader(
    request: Request,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    header_key: Annotated[str | None, Depends(_api_key_header)],
) -> None:
    settings: Settings = request.app.state.settings
    if not settings.public_reads:
        _check(settings, bearer, header_key)
