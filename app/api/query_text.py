"""No name, topic, outlet or search holds a control character, and PostgreSQL refuses NUL in text: every query
parameter is checked once for every route (a 422 naming the character, instead of a 500 from the database), and the
OpenAPI schema says so, so that clients and the schema fuzz test know such a value is invalid."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError

from app.schemas import NO_CONTROL_PATTERN
from app.text import forbidden_control_problem


async def query_without_control_characters(request: Request) -> None:
    for name, value in request.query_params.multi_items():
        problem = forbidden_control_problem(value)
        if problem is not None:
            raise RequestValidationError([{"type": "value_error", "loc": ("query", name), "input": value,
                                           "msg": problem}])


def _forbid_control_characters(schema: dict) -> None:
    for option in schema.get("anyOf", ()):
        _forbid_control_characters(option)
    if schema.get("type") == "string" and not ({"pattern", "enum", "format", "const"} & schema.keys()):
        schema["pattern"] = NO_CONTROL_PATTERN


def document_plain_query_strings(app: FastAPI) -> None:
    """Every string query parameter without a pattern of its own gets the one the check above enforces."""
    generate = app.openapi

    def openapi() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        schema = generate()
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                for parameter in operation.get("parameters", ()) if isinstance(operation, dict) else ():
                    if parameter.get("in") == "query":
                        _forbid_control_characters(parameter.get("schema", {}))
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
