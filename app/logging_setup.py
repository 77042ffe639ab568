"""Structured logs: every log record of the service (ours, uvicorn's, SQLAlchemy's warnings) is written as one JSON
line to standard error by structlog's ProcessorFormatter, with the request id of the request it belongs to.

Code logs through the standard library (`logging.getLogger(...).info("event", extra={...})`); the fields in `extra`
become JSON keys. One line per HTTP request comes from AccessLog; routes add fields to it (an analysis's length,
quote count and parse time) with `add_log_fields`. Secrets are never passed to a logger: API keys are logged by
name, the database URL only through Settings.safe_database_url.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import IO

import structlog
from asgi_correlation_id import correlation_id
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

ACCESS = logging.getLogger("quotewise.access")
_HANDLER_NAME = "quotewise-json"
LOG_FIELDS = "log_fields"  # key in the request's state


def _add_request_id(_logger, _method: str, event: dict) -> dict:  # noqa: ANN001 - structlog's processor signature
    request_id = correlation_id.get()
    if request_id is not None and "request_id" not in event:
        event["request_id"] = request_id
    return event


def _drop_message(_logger, _method: str, event: dict) -> dict:  # noqa: ANN001
    """The standard library's formatted `message` repeats `event`; uvicorn's `color_message` is for terminals."""
    if event.get("message") == event.get("event"):
        event.pop("message")
    event.pop("color_message", None)
    return event


def json_formatter() -> logging.Formatter:
    return structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[
            structlog.stdlib.add_log_level,
            structlog.stdlib.add_logger_name,
            structlog.stdlib.ExtraAdder(),
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            _add_request_id,
            _drop_message,
        ],
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(ensure_ascii=False),
        ],
    )


def json_handler(stream: IO[str] | None = None) -> logging.Handler:
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(json_formatter())
    return handler


def configure_logging(level: str = "INFO") -> None:
    """Idempotent: one JSON handler on the root logger; uvicorn's loggers write through it, and uvicorn's own
    access log is off (AccessLog writes the request lines)."""
    root = logging.getLogger()
    if not any(h.get_name() == _HANDLER_NAME for h in root.handlers):
        handler = json_handler()
        handler.set_name(_HANDLER_NAME)
        root.addHandler(handler)
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers.clear()
        logging.getLogger(name).propagate = True
    logging.getLogger("uvicorn.access").disabled = True


def add_log_fields(request: Request, **fields: object) -> None:
    """Fields for this request's access log line."""
    current = getattr(request.state, LOG_FIELDS, None) or {}
    setattr(request.state, LOG_FIELDS, current | fields)


class AccessLog:
    """Pure ASGI middleware (it must see the request's own state and run in its task): one JSON line per request
    with method, path, status, duration, the caller's key name and the fields routes added."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        started = time.perf_counter()
        status = 500

        async def send_and_note(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_and_note)
        finally:
            fields = {
                "method": scope["method"],
                "path": scope["path"],
                "status": status,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
            }
            if "api_key_name" in state:
                fields["api_key"] = state["api_key_name"]
            fields.update(state.get(LOG_FIELDS) or {})
            ACCESS.log(logging.WARNING if status >= 500 else logging.INFO, "request", extra=fields)
