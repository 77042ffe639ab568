"""API-key checks. Keys arrive as `Authorization: Bearer <key>` or `X-API-Key: <key>`; every configured key is
compared in constant time, so response timing says nothing about how close a guess was. A valid key's name (never
its secret) is put on `request.state.api_key_name` for logs, admission limits and authorship."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from app.schemas import ErrorOut
from app.settings import Settings

_bearer = HTTPBearer(auto_error=False, description="Authorization: Bearer <API key>")
_api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="X-API-Key: <API key>")


ANONYMOUS = "anonymous"  # the caller's name in development mode (no keys configured) and on public reads


def _key_name(candidate: str, keys: dict[str, str]) -> str | None:
    """The name of the configured key equal to `candidate`, or None."""
    candidate_bytes = candidate.encode("utf-8", "surrogatepass")
    found = None
    for secret, name in keys.items():  # no early exit: the time taken does not depend on which key matched
        if hmac.compare_digest(candidate_bytes, secret.encode("utf-8")):
            found = name
    return found


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


def _check(settings: Settings, request: Request) -> str:
    """The name of the caller's key; raises 401/403."""
    keys = settings.named_api_keys
    if settings.open_access and not keys:
        return ANONYMOUS
    candidates = _presented_keys(request)
    if not candidates:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="an API key is required: send `Authorization: Bearer <key>` or `X-API-Key: <key>`",
            headers={"WWW-Authenticate": "Bearer"},
        )
    # Every key presented must be valid: a request carrying one good and one bad key is refused, not guessed at.
    names = [_key_name(candidate, keys) for candidate in candidates]
    if any(name is None for name in names):
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="this API key is not valid")
    return names[0]


# The two security schemes are declared so that OpenAPI documents them; the check itself reads the raw headers.
async def require_writer(
    request: Request,
    _bearer_doc: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    _key_doc: Annotated[str | None, Depends(_api_key_header)],
) -> None:
    request.state.api_key_name = _check(request.app.state.settings, request)


async def require_reader(
    request: Request,
    _bearer_doc: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    _key_doc: Annotated[str | None, Depends(_api_key_header)],
) -> None:
    settings: Settings = request.app.state.settings
    request.state.api_key_name = ANONYMOUS if settings.public_reads else _check(settings, request)


AUTH_ERRORS = {
    401: {"model": ErrorOut, "description": "No API key (when the endpoint needs one)."},
    403: {"model": ErrorOut, "description": "An API key that is not valid."},
}
