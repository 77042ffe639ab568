"""Writes need an API key; reads are public or guarded by a setting; no keys and no open mode: no start."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import InsecureConfiguration, Settings
from tests.conftest import table_counts

ARTICLE = {"text": "“Nobody was hurt,” said Laura Diaz, the fire commissioner."}


@pytest.fixture
def guarded(app_client):
    def make(**overrides) -> TestClient:
        return app_client(api_keys="key-one, key-two", open_access=False, **overrides)

    return make


def test_service_refuses_to_start_without_keys_unless_open(database_url):
    with pytest.raises(InsecureConfiguration, match="QUOTEWISE_API_KEYS"):
        create_app(Settings(database_url=database_url, api_keys="", open_access=False))
    create_app(Settings(database_url=database_url, api_keys="", open_access=True))


def test_write_without_a_key_is_401(guarded, engine):
    with guarded() as client:
        response = client.post("/analyze", json=ARTICLE)
    assert response.status_code == 401
    assert "API key" in response.json()["detail"]
    assert response.headers["www-authenticate"] == "Bearer"
    assert table_counts(engine)["article"] == 0


def test_write_with_a_wrong_key_is_403(guarded, engine):
    with guarded() as client:
        assert client.post("/analyze", json=ARTICLE, headers={"X-API-Key": "key-three"}).status_code == 403
        assert client.post("/analyze", json=ARTICLE, headers={"Authorization": "Bearer key-on"}).status_code == 403
    assert table_counts(engine)["article"] == 0


@pytest.mark.parametrize("headers", [{"X-API-Key": "key-one"}, {"Authorization": "Bearer key-two"}])
def test_any_configured_key_authorises_writes(guarded, headers):
    with guarded() as client:
        response = client.post("/analyze", json=ARTICLE, headers=headers)
        assert response.status_code == 201
        article_id = response.json()["id"]
        assert client.delete(f"/articles/{article_id}").status_code == 401
        assert client.delete(f"/articles/{article_id}", headers=headers).status_code == 204


def test_reads_are_public_by_default_and_guarded_on_request(guarded):
    with guarded() as client:
        assert client.get("/quotes").status_code == 200
    with guarded(public_reads=False) as client:
        assert client.get("/quotes").status_code == 401
        assert client.get("/speakers", headers={"X-API-Key": "nope"}).status_code == 403
        assert client.get("/quotes", headers={"X-API-Key": "key-one"}).status_code == 200
        assert client.get("/health").status_code == 200
