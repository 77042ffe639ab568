"""Every read endpoint against the stored seed article."""

from __future__ import annotations

MILLER_ROLES = {"State Department Spokesperson", "State Department Spokesman"}


def test_speaker_miller_finds_exactly_his_three_quotes(client, seeded):
    page = client.get("/quotes", params={"speaker": "Miller"}).json()
    assert page["total"] == 3
    assert len(page["items"]) == 3
    for quote in page["items"]:
        assert quote["speaker"]["name"] == "Matthew Miller"
        assert quote["speaker"]["role"] in MILLER_ROLES
    texts = " ".join(q["text"] for q in page["items"])
    assert "Our position has been clear" in texts
    assert "They risk dragging the country" in texts
    assert "We have a strong security partnership" in texts


def test_speaker_search_ignores_case_and_accents_and_takes_part_of_a_name(client, seeded):
    for query in ("miller", "MATTHEW miller", "Mîller", "mill", "matt mill miller"):
        page = client.get("/quotes", params={"speaker": query}).json()
        assert {q["speaker"]["name"] for q in page["items"]} == {"Matthew Miller"}, query
    assert client.get("/quotes", params={"speaker": "Nobody Atall"}).json()["total"] == 0


def test_speaker_id_filter(client, seeded):
    speaker = client.get("/speakers", params={"name": "Romanowski"}).json()["items"][0]
    page = client.get("/quotes", params={"speaker_id": speaker["id"], "limit": 100}).json()
    assert page["total"] == speaker["quote_count"] >= 7
    assert {q["speaker"]["name"] for q in page["items"]} == {"Alina Romanowski"}


def test_topic_militia_finds_quotes_about_iran_backed_militias(client, seeded):
    page = client.get("/quotes", params={"topic": "militia"}).json()
    assert page["total"] >= 2
    assert all("militia" in " ".join(q["topics"]) for q in page["items"])
    assert any("Iran-backed militias" in q["text"] for q in page["items"])
    assert client.get("/quotes", params={"topic": "Militias"}).json()["total"] == page["total"]


def test_full_text_search(client, seeded):
    page = client.get("/quotes", params={"q": "deterrence diplomacy"}).json()
    assert page["total"] == 1
    assert page["items"][0]["speaker"]["name"] == "Antony Blinken"
    assert client.get("/quotes", params={"q": "zeppelin"}).json()["total"] == 0


def test_article_kind_and_date_filters(client, seeded):
    all_quotes = client.get("/quotes", params={"article_id": seeded["id"], "limit": 500}).json()
    assert all_quotes["total"] == seeded["quote_count"]
    direct = client.get("/quotes", params={"kind": "direct", "limit": 500}).json()
    assert 0 < direct["total"] < all_quotes["total"]
    assert {q["kind"] for q in direct["items"]} == {"direct"}
    assert client.get("/quotes", params={"since": "2024-11-26T00:00:00Z"}).json()["total"] == all_quotes["total"]
    assert client.get("/quotes", params={"since": "2024-11-27T00:00:00Z"}).json()["total"] == 0
    assert client.get("/quotes", params={"until": "2024-11-25T00:00:00Z"}).json()["total"] == 0
    both = client.get("/quotes", params={"speaker": "Miller", "since": "2024-01-01", "until": "2025-01-01"}).json()
    assert both["total"] == 3


def test_offset_and_cursor_pagination_walk_the_same_quotes(client, seeded):
    total = seeded["quote_count"]
    by_offset = []
    for offset in range(0, total, 4):
        by_offset += [q["id"] for q in client.get("/quotes", params={"limit": 4, "offset": offset}).json()["items"]]
    by_cursor, cursor = [], None
    while True:
        params = {"limit": 4} | ({"cursor": cursor} if cursor else {})
        page = client.get("/quotes", params=params).json()
        by_cursor += [q["id"] for q in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert by_offset == by_cursor
    assert len(set(by_cursor)) == total
    assert by_cursor == sorted(by_cursor, reverse=True)


def test_get_quote_by_id(client, seeded):
    quote = seeded["quotes"][0]
    assert client.get(f"/quotes/{quote['id']}").json() == quote


def test_speakers_list_with_roles_and_counts(client, seeded):
    page = client.get("/speakers", params={"name": "Miller"}).json()
    assert page["total"] == 1
    miller = page["items"][0]
    assert miller["name"] == "Matthew Miller"
    assert miller["kind"] == "person"
    assert miller["quote_count"] == 3
    assert set(miller["roles"]) & MILLER_ROLES
    detail = client.get(f"/speakers/{miller['id']}").json()
    assert {key: detail[key] for key in miller} == miller
    everyone = client.get("/speakers", params={"limit": 100}).json()
    assert everyone["total"] >= 5
    assert sum(s["quote_count"] for s in everyone["items"]) <= seeded["quote_count"]


def test_articles_list_and_detail(client, seeded):
    page = client.get("/articles").json()
    assert page["total"] == 1
    assert page["items"][0]["quote_count"] == seeded["quote_count"]
    detail = client.get(f"/articles/{seeded['id']}").json()
    assert detail["quotes"] == seeded["quotes"]
    assert [q["start"] for q in detail["quotes"]] == sorted(q["start"] for q in detail["quotes"])


def test_topics_with_counts(client, seeded):
    page = client.get("/topics", params={"limit": 500}).json()
    names = {t["name"]: t["quote_count"] for t in page["items"]}
    assert names.get("militia", 0) >= 2
    assert "iraq" in names
    counts = [t["quote_count"] for t in page["items"]]
    assert counts == sorted(counts, reverse=True)
    prefixed = client.get("/topics", params={"prefix": "mil"}).json()
    assert prefixed["items"] and all(t["name"].startswith("mil") for t in prefixed["items"])


def test_health(client):
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["database"] == "ok"


def test_openapi_documents_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/analyze", "/quotes", "/quotes/{quote_id}", "/speakers", "/speakers/{speaker_id}",
                 "/articles", "/articles/{article_id}", "/topics", "/health"):
        assert path in paths
    assert client.get("/docs").status_code == 200
