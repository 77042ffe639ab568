"""A control character in any free text the API stores (a title, an outlet, a speaker's name, a role) is refused
with a 422 that names it, and nothing is stored. PostgreSQL refuses NUL in text outright, so before this check the
schema fuzz test's `{"source": "@\\x00…"}` in a batch failed the write with a 500 (run the suite with
QUOTEWISE_TEST_DATABASE_URL set to see it). Query parameters carrying one are answered, never a 500."""

from __future__ import annotations

import re

import pytest

from tests.conftest import table_counts


@pytest.mark.parametrize(("field", "value", "character"), [
    ("title", "Budget \x00 vote", "U+0000"),
    ("source", "@\x00Kurdistan24", "U+0000"),
    ("source", "bell \x07", "U+0007"),
    ("title", "escape \x1b[0m", "U+001B"),
])
def test_a_control_character_in_the_title_or_outlet_is_refused_and_nothing_is_stored(client, engine, field, value,
                                                                                     character):
    before = table_counts(engine)
    response = client.post("/analyze", json={"text": "“We will rebuild,” Mayor Lena Fox said.", field: value})
    assert response.status_code == 422, response.text
    assert character in response.text and field in response.text
    assert table_counts(engine) == before


def test_a_batch_with_such_an_outlet_is_refused_whole_and_nothing_is_stored(client, engine):
    before = table_counts(engine)
    response = client.post("/analyze/batch", json={"articles": [
        {"text": "“It is overdue,” Jeff Adler said."},
        {"text": "©¯", "source": "@\x00\U0009c9bd&µ"},
    ]})
    assert response.status_code == 422, response.text
    assert "U+0000" in response.text
    assert table_counts(engine) == before


def test_tabs_line_breaks_and_other_scripts_stay_allowed(client):
    response = client.post("/analyze", json={"text": "“We will rebuild,” Mayor Lena Fox said.",
                                             "title": "Rebuild\tplan\nsecond line", "source": "Kurdistan24 · كوردستان"})
    assert response.status_code == 201, response.text
    assert response.json()["source"] == "Kurdistan24 · كوردستان"


@pytest.mark.parametrize("body", [
    {"role": "spokes\x00man"},
    {"speaker": {"name": "Matthew\x00Miller"}},
    {"speaker": {"name": "New Person", "role": "\x08"}},
])
def test_a_correction_with_a_control_character_is_refused_and_changes_nothing(client, engine, seeded, body):
    quote_id = seeded["quotes"][0]["id"]
    before = table_counts(engine), client.get(f"/quotes/{quote_id}").json()
    response = client.patch(f"/quotes/{quote_id}", json=body)
    assert response.status_code == 422, response.text
    assert "control character" in response.text
    assert (table_counts(engine), client.get(f"/quotes/{quote_id}").json()) == before


def test_an_added_quote_with_a_control_character_in_its_role_is_refused(client, engine, seeded):
    before = table_counts(engine)
    response = client.post(f"/articles/{seeded['id']}/quotes", json={
        "spans": [[0, 10]], "kind": "direct", "speaker": {"name": "Somebody New"}, "role": "chair\x00"})
    assert response.status_code == 422, response.text
    assert table_counts(engine) == before


@pytest.mark.parametrize("params", [{"speaker": "Mil\x00ler"}, {"q": "\x00"}, {"topic": "oil\x00"},
                                    {"source": "\x00"}])
def test_queries_with_a_control_character_are_a_422_naming_it(client, seeded, params):
    response = client.get("/quotes", params=params)
    assert response.status_code == 422, response.text
    assert "U+0000" in response.text and next(iter(params)) in response.text
    for path, query in (("/speakers", {"name": "Mil\x00ler"}), ("/topics", {"prefix": "\x00"}),
                        ("/quotes.csv", {"speaker": "\x00"}), ("/ui/", {"q": "oil\x00"})):
        assert client.get(path, params=query).status_code == 422, path


def test_ordinary_queries_are_untouched(client, seeded):
    assert client.get("/quotes", params={"speaker": "Miller", "q": "tab\there"}).status_code == 200


def _string_schemas(schema: dict) -> list[dict]:
    return [branch for branch in schema.get("anyOf", [schema]) if branch.get("type") == "string"]


@pytest.mark.parametrize(("model", "field"), [
    ("AnalyzeRequest", "title"), ("AnalyzeRequest", "source"), ("SpeakerByName", "name"),
    ("SpeakerByName", "role"), ("QuotePatch", "role"), ("QuoteIn", "role"),
])
def test_the_published_schema_states_the_rule_for_every_stored_free_text(client, model, field):
    """A client generating requests from the schema (and the schema fuzz test) must learn there that NUL is refused;
    else our 422 looks like a valid request turned away."""
    schema = client.get("/openapi.json").json()["components"]["schemas"][model]["properties"][field]
    patterns = [branch.get("pattern", schema.get("pattern")) for branch in _string_schemas(schema)]
    assert patterns and None not in patterns, schema
    for pattern in patterns:
        assert re.search(pattern, "Lena Fox") and not re.search(pattern, "Lena\x00Fox")
