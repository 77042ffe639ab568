"""The schema fuzz test's ST201 failures on GET /articles and GET /topics in larger runs were false positives of its
setup, not requests with bad keys let through: schemathesis generated (and mutated) `Authorization` and `X-API-Key`
values that the test's real key replaced before the request was sent, then judged the request by the generated
ones. These tests pin down that the fuzz schema generates no credentials, that the auth-refusal check survives it,
and that the request from the failure is answered as it should be."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import ignored_auth

from app.main import create_app
from tests.api.fuzzing import load_schema

KEY = "fuzz-key"
KEY_HEADERS = {"X-API-Key": KEY, "Authorization": f"Bearer {KEY}"}
# The query string of the failing case: `source` (a string, at most 200 characters) sent fifteen times.
# The failing request's values, less the control characters it carried (U+001C, U+0018, U+000F, U+0008, U+000E,
# U+0014): a query parameter with one is now a 422 of its own (tests/api/test_control_characters.py).
REPEATED_SOURCE = [("limit", "101"), ("offset", "1538")] + [
    ("source", value) for value in ("m¿íë", "", "q", "Ç", "Û£yDU´U5pG", "\x80P", "É", "â", "",
                                    "Î¢", "Ù", "e>\x96_\x96", "Ð", "Ñp\xa0", "À¶µâ")
]


@pytest.fixture
def keyed_app(settings, analyzer, engine):
    """An app like the fuzz test's: keys required for reads and writes."""
    return create_app(settings.model_copy(update={"api_keys": KEY, "public_reads": False, "open_access": False}),
                      analyzer=analyzer, engine=engine)


@pytest.fixture
def keyed_client(keyed_app) -> Iterator[TestClient]:
    with TestClient(keyed_app) as client:
        yield client


def test_fuzz_schema_generates_no_credentials(keyed_app):
    """The real key replaces any generated credential, so schemathesis must not generate (or negate) them."""
    schema = load_schema(keyed_app)
    for result in schema.get_all_operations():
        operation = result.ok()
        headers = {parameter.name.lower() for parameter in operation.iter_parameters()
                   if str(parameter.location).endswith("HEADER")}
        assert not headers & {"authorization", "x-api-key"}, operation.label


def test_ignored_auth_still_probes_without_generated_credentials(settings, analyzer, engine):
    """Without generated credentials the auth check still sends each request without the key and with a wrong one:
    an app that serves reads to anyone fails it."""
    open_reads = create_app(settings.model_copy(update={"api_keys": KEY, "public_reads": True, "open_access": False}),
                            analyzer=analyzer, engine=engine)
    case = load_schema(open_reads)["/articles"]["GET"].Case(query={})
    with pytest.raises(FailureGroup, match="Authentication not enforced|API accepts requests without"):
        case.call_and_validate(headers=KEY_HEADERS, checks=[ignored_auth])


def test_keyed_app_passes_the_auth_check(keyed_app):
    case = load_schema(keyed_app)["/articles"]["GET"].Case(query={})
    case.call_and_validate(headers=KEY_HEADERS, checks=[ignored_auth])


def test_the_failing_request_with_the_key_is_answered(keyed_client):
    """What the app received in the failure: the right key and `source` repeated; Starlette reads the last value."""
    response = keyed_client.get("/articles", params=REPEATED_SOURCE, headers=KEY_HEADERS)
    assert response.status_code == 200, response.text
    assert response.json()["limit"] == 101


@pytest.mark.parametrize("headers, status", [
    ({}, 401),
    ({"Authorization": "not a bearer credential"}, 403),
    ({"Authorization": "Bearer"}, 403),
    ({"Authorization": "Bearer wrong-key"}, 403),
    ({"X-API-Key": KEY, "Authorization": "[Filtered]"}, 403),
    ({"Authorization": f"Bearer {KEY}", "X-API-Key": ""}, 403),
])
def test_the_failing_request_without_a_good_key_is_refused(keyed_client, headers, status):
    for path in ("/articles", "/topics"):
        response = keyed_client.get(path, params=REPEATED_SOURCE, headers=headers)
        assert response.status_code == status, (path, headers, response.text)
