"""API-key checks. Keys arrive as `Authorization: Bearer <key>` or `X-API-Key: <key>`; every configured key is
compared in constant time, so response timing says nothing about how close a guess was."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from app.schemas import ErrorOut
from app.settings import Settings

_bearer = HTTPBearer(auto_error=False, description="Authorization: Bearer <API key>")
_api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="X-API-Key: <API key>")


def _key_is_valid(candidate: str, keys: list[str]) -> bool:
    candidate_bytes = candidate.encode("utf-8", "surrogatepass")
    matched = False
    for key in keys:  # no early exit: the time taken does not depend on which key matched
        matched |= hmac.compare_digest(candidate_bytes, key.encode("utf-8"))
    return matched


def _presented_keys(request: Request) -> list[str]:
    """Every credential the request carries. An Authorization header in another scheme counts as a wrong key,
    not as no key, so that it is refused rather than silently ignored."""
    keys = []
    authorization = request.headers.get("authorization")
    if authorization is not None:
        scheme, _, credentials = authorization.partition(" ")
        keys.append(credentials.strip() if scheme.lower() == "bearer" else authorization)
    if (header_key := request.headers.get("x-api-key")) is not None:
        keys.append(header_key)
    return keys


def _check(settings: Settings, request: Request) -> None:
    if settings.open_access and not settings.api_key_list:
        return
    candidates = _presented_keys(request)
    if not candidates:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="an API key is required: send `Authorization: Bearer <key>` or `X-API-Key: <key>`",
            headers={"WWW-Authenticate": "Bearer"},
        )
    # Every key presented must be valid: a request carrying one good and one bad key is refused, not guessed at.
    if not all(_key_is_valid(candidate, settings.api_key_list) for candidate in candidates):
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="this API key is not valid")


# The two security schemes are declared so that OpenAPI documents them; the check itself reads the raw headers.
def require_writer(
    request: Request,
    _bearer_doc: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    _key_doc: Annotated[str | None, Depends(_api_key_header)],
) -> None:
    _check(request.app.state.settings, request)


def require_reader(
    request: Request,
    _bearer_doc: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    _key_doc: Annotated[str | None, Depends(_api_key_header)],
) -> None:
    settings: Settings = request.app.state.settings
    if not settings.public_reads:
        _check(settings, request)


AUTH_ERRORS = {
    401: {"model": ErrorOut, "description": "No API key (when the endpoint needs one)."},
    403: {"model": ErrorOut, "description": "An API key that is not valid."},
}
