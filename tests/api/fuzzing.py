"""How the schema fuzz test loads the app's schema, shared with the tests that pin that setup down."""

from __future__ import annotations

import schemathesis
from fastapi import FastAPI


def load_schema(app: FastAPI) -> schemathesis.schemas.BaseSchema:
    """The app's OpenAPI schema for schemathesis, without generated credentials.

    The fuzz test sends the real key with every request (`call_and_validate(headers=...)`), which replaces whatever
    schemathesis generated for `Authorization` and `X-API-Key`. Left on, schemathesis still generated those two
    headers, mutated them in negative cases, and judged the request by them: a case whose only other "invalid" part
    was one schemathesis itself excuses (a `source` sent as repeated keys, each a valid string, of which FastAPI
    reads the last) was reported as ST201 "Schema-violating request accepted" although the request the app received
    was valid and carried the right key. Whether Hypothesis drew such a case depended on which local modules were
    imported (it mixes constants from their source into generation), so it failed only in larger runs.

    Refusing missing and wrong keys is still checked: `ignored_auth` sees the explicit credentials and probes every
    operation without them and with a wrong one."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    schema.config.generation.update(with_security_parameters=False)
    return schema
