"""Retracting an article removes its quotes, topic links, and speakers and topics nobody else uses."""

from __future__ import annotations

from sqlalchemy import text

from tests.conftest import table_counts


def test_delete_article_leaves_no_orphans(client, engine, seeded):
    other = client.post("/analyze", json={"text": "“Talks will resume,” Matthew Miller told reporters in Washington."})
    assert other.status_code == 201
    assert client.delete(f"/articles/{seeded['id']}").status_code == 204
    assert client.get(f"/articles/{seeded['id']}").status_code == 404
    counts = table_counts(engine)
    assert counts["article"] == 1
    assert counts["quote"] == other.json()["quote_count"]
    with engine.connect() as connection:
        orphans = connection.execute(text(
            "SELECT COUNT(*) FROM speaker WHERE id NOT IN (SELECT speaker_id FROM quote WHERE speaker_id IS NOT NULL)"
        )).scalar_one()
        orphan_topics = connection.execute(text(
            "SELECT COUNT(*) FROM topic WHERE id NOT IN (SELECT topic_id FROM quote_topic)"
        )).scalar_one()
        dangling_links = connection.execute(text(
            "SELECT COUNT(*) FROM quote_topic WHERE quote_id NOT IN (SELECT id FROM quote)"
        )).scalar_one()
    assert (orphans, orphan_topics, dangling_links) == (0, 0, 0)
    miller = client.get("/quotes", params={"speaker": "Miller"}).json()
    assert miller["total"] == 1
    assert client.get("/quotes", params={"q": "deterrence"}).json()["total"] == 0


def test_delete_unknown_article_is_404(client):
    response = client.delete("/articles/424242")
    assert response.status_code == 404
    assert "does not exist" in response.json()["detail"]
