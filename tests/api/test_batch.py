"""POST /analyze/batch with the real pipeline: per-article results in order, per-article errors, duplicates
stored once, the batch limit, and the same analysis as POST /analyze."""

from __future__ import annotations

import pytest

from tests.conftest import SEED_TEXT, table_counts

SHORT = "“We will rebuild the bridge by spring,” said Jane Okafor, the mayor of Riverton."
OTHER = "“Prices will fall next year,” the economist Tomas Berg told reporters on Monday."


def test_results_come_back_in_order_with_per_article_errors(client, engine):
    response = client.post("/analyze/batch", json={"articles": [
        {"text": SHORT, "title": "Bridge"},
        {"text": "   "},
        {"text": "<p>Some HTML</p>"},
        {"text": OTHER, "url": "https://example.org/berg"},
        {"text": "x" * 200_001},
    ]})
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["index"] for r in results] == [0, 1, 2, 3, 4]
    assert [r["status"] for r in results] == [201, 422, 422, 201, 413]
    assert results[0]["article"]["title"] == "Bridge"
    assert results[0]["article"]["quotes"][0]["speaker"]["name"] == "Jane Okafor"
    assert results[3]["article"]["url"] == "https://example.org/berg"
    assert "empty" in results[1]["error"] and "HTML" in results[2]["error"] and "limit" in results[4]["error"]
    assert all(r["article"] is None for r in results if r["status"] >= 400)
    assert all(r["error"] is None for r in results if r["status"] < 300)
    assert table_counts(engine)["article"] == 2


def test_batch_analysis_equals_single_analysis(client):
    single = client.post("/analyze", json={"text": SEED_TEXT}).json()
    client.delete(f"/articles/{single['id']}")
    batch = client.post("/analyze/batch", json={"articles": [{"text": SHORT}, {"text": SEED_TEXT}]}).json()
    from_batch = batch["results"][1]["article"]

    def strip(quotes):
        return [{k: v for k, v in q.items() if k not in {"id", "article_id"}} | {"speaker": q["speaker"] and
                {k: v for k, v in q["speaker"].items() if k != "id"}} for q in quotes]

    assert strip(from_batch["quotes"]) == strip(single["quotes"])


def test_duplicates_in_a_batch_are_stored_once(client, engine):
    response = client.post("/analyze/batch", json={"articles": [
        {"text": SHORT, "url": "https://example.org/a"},
        {"text": SHORT},
        {"text": OTHER, "url": "https://example.org/a"},
        {"text": OTHER},
    ]})
    results = response.json()["results"]
    assert [r["status"] for r in results] == [201, 200, 200, 201]
    assert results[0]["article"]["id"] == results[1]["article"]["id"] == results[2]["article"]["id"]
    assert results[3]["article"]["id"] != results[0]["article"]["id"]
    assert table_counts(engine)["article"] == 2


def test_articles_already_stored_come_back_with_200_and_nothing_is_written(client, engine):
    first = client.post("/analyze", json={"text": SHORT}).json()
    before = table_counts(engine)
    results = client.post("/analyze/batch", json={"articles": [{"text": SHORT}]}).json()["results"]
    assert results[0]["status"] == 200
    assert results[0]["article"] == first
    assert table_counts(engine) == before


def test_more_articles_than_the_limit_is_refused_before_parsing(app_client, engine):
    with app_client(max_batch_size=2) as small:
        response = small.post("/analyze/batch", json={"articles": [{"text": SHORT}] * 3})
        assert response.status_code == 413
        assert "at most 2" in response.json()["detail"]
        assert small.post("/analyze/batch", json={"articles": [{"text": SHORT}] * 2}).status_code == 200
    assert table_counts(engine)["article"] == 1


@pytest.mark.parametrize("body", [{"articles": []}, {}, {"articles": [{"title": "no text"}]},
                                  {"articles": [{"text": SHORT, "url": "not a url"}]}])
def test_malformed_batches_are_refused_with_422(client, engine, body):
    response = client.post("/analyze/batch", json=body)
    assert response.status_code == 422, response.text
    assert table_counts(engine)["article"] == 0


def test_batch_needs_a_writer_key(app_client):
    with app_client(api_keys="secret", open_access=False) as guarded:
        assert guarded.post("/analyze/batch", json={"articles": [{"text": SHORT}]}).status_code == 401
        ok = guarded.post("/analyze/batch", json={"articles": [{"text": SHORT}]}, headers={"X-API-Key": "secret"})
        assert ok.status_code == 200
