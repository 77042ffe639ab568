"""POST /analyze through HTTP with the real pipeline and a fresh migrated database per test."""

from __future__ import annotations

from tests.conftest import SEED_TEXT, table_counts
from tests.factories import speaker

QUOTE_FIELDS = {"id", "article_id", "text", "start", "end", "spans", "kind", "cue", "speaker", "confidence", "topics"}


def test_analyze_stores_the_article_and_returns_every_quote(client, engine):
    response = client.post("/analyze", json={"text": SEED_TEXT, "title": "Again, U.S. Calls on Iraq",
                                             "source": "Kurdistan24", "url": "https://example.org/a/1"})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["url"] == "https://example.org/a/1"
    assert body["source"] == "Kurdistan24"
    assert body["quote_count"] == len(body["quotes"]) >= 15
    for quote in body["quotes"]:
        assert QUOTE_FIELDS <= quote.keys()
        assert quote["article_id"] == body["id"]
        assert 0 <= quote["confidence"] <= 1
        assert quote["kind"] in {"direct", "indirect", "mixed"}
        for start, end in quote["spans"]:
            assert 0 <= start < end <= len(SEED_TEXT)
            assert SEED_TEXT[start:end] in quote["text"]
            assert not SEED_TEXT[start:end].startswith(("“", '"'))
        assert quote["start"] == quote["spans"][0][0] and quote["end"] == quote["spans"][-1][1]
        if quote["cue"]:
            assert SEED_TEXT[quote["cue"]["start"]:quote["cue"]["end"]] == quote["cue"]["text"]
        mention = quote["speaker"] and quote["speaker"]["mention"]
        if mention:
            assert SEED_TEXT[mention["start"]:mention["end"]] == mention["text"]
    assert table_counts(engine)["quote"] == body["quote_count"]


def test_split_quote_is_one_quote_with_two_pieces(seeded):
    grand = [q for q in seeded["quotes"] if q["text"].startswith("Grand Ayatollah Sistani reinforced")]
    assert len(grand) == 1
    assert len(grand[0]["spans"]) == 2
    assert grand[0]["speaker"]["name"] == "Alina Romanowski"


def test_posting_the_same_text_again_returns_the_stored_analysis(client, engine, seeded):
    before = table_counts(engine)
    again = client.post("/analyze", json={"text": SEED_TEXT})
    assert again.status_code == 200
    assert again.json()["id"] == seeded["id"]
    assert again.json()["quotes"] == seeded["quotes"]
    assert table_counts(engine) == before


def test_posting_the_same_url_again_returns_the_stored_analysis(client, engine):
    first = client.post("/analyze", json={"text": "“We will win,” said Jane Okafor.", "url": "https://example.org/x"})
    assert first.status_code == 201
    before = table_counts(engine)
    again = client.post("/analyze", json={"text": "A corrected version.", "url": "https://example.org/x"})
    assert again.status_code == 200
    assert again.json()["id"] == first.json()["id"]
    assert table_counts(engine) == before


def test_an_article_without_quotes_is_stored_with_none(client):
    response = client.post("/analyze", json={"text": "The river rose by two metres overnight."})
    assert response.status_code == 201
    assert response.json()["quotes"] == []


def test_speakers_are_shared_across_articles(client):
    client.post("/analyze", json={"text": "“Prices will fall,” said Jane Okafor, a spokeswoman for Acme."})
    client.post("/analyze", json={"text": "“Prices did fall,” Jane Okafor told reporters on Friday."})
    speakers = client.get("/speakers", params={"name": "Okafor"}).json()
    assert speakers["total"] == 1
    assert speakers["items"][0]["quote_count"] == 2


def test_anonymous_sources_are_not_merged_across_articles(client):
    client.post("/analyze", json={"text": "“The plan failed,” a senior official told reporters. “It will be fixed,” he said."})
    client.post("/analyze", json={"text": "“The bridge is safe,” a senior official said on Monday. “We checked,” he added."})
    speakers = client.get("/speakers", params={"limit": 100}).json()["items"]
    officials = [s for s in speakers if "official" in s["name"].casefold()]
    assert len(officials) == 2
    assert [s["quote_count"] for s in officials] == [2, 2]
    assert not [s for s in speakers if s["name"].casefold() in {"he", "she", "they"}]


def test_descriptions_and_pronouns_are_kept_to_their_article():
    from app.services.people import is_shared_across_articles

    assert is_shared_across_articles(speaker("Jane Okafor"))
    for name, kind in (("He", "unknown"), ("She", "person"), ("senior official", "person"),
                       ("A spokesman", "person"), ("Officials", "unknown"), ("Okafor", "person")):
        assert not is_shared_across_articles(speaker(name, kind)), name
