"""The per-topic quote counts kept by storage always equal the quote_topic rows (no quote is rejected here), through
writes and retractions, and the topic-only total read from them equals an exact count."""

from __future__ import annotations

from sqlalchemy import text

from tests.conftest import topic_count_mismatches


def test_topic_counts_follow_writes_and_retractions(client, engine, seeded):
    other = client.post("/analyze", json={"text": "“The militias must disarm,” said Laura Diaz, a senator. "
                                                  "“Iraq deserves peace,” she added."}).json()
    assert topic_count_mismatches(engine) == []
    militia_total = client.get("/quotes", params={"topic": "militia"}).json()["total"]
    # The same quotes counted the exact way (a second filter that every quote passes disables the shortcut).
    exact = client.get("/quotes", params={"topic": "militia", "min_confidence": 0}).json()["total"]
    assert militia_total == exact >= 3
    topics = {t["name"]: t["quote_count"] for t in client.get("/topics", params={"limit": 500}).json()["items"]}
    assert topics["militia"] == militia_total

    assert client.delete(f"/articles/{seeded['id']}").status_code == 204
    assert topic_count_mismatches(engine) == []
    assert client.get("/quotes", params={"topic": "militia"}).json()["total"] == \
        client.get("/quotes", params={"topic": "militia", "min_confidence": 0}).json()["total"] == 1
    assert client.delete(f"/articles/{other['id']}").status_code == 204
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM topic")).scalar_one() == 0
