"""Bad input gets a clear 4xx and leaves the database as it was."""

from __future__ import annotations

import pytest

from tests.conftest import table_counts


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        ({"text": ""}, 422, "text is empty"),
        ({"text": "   \n\t "}, 422, "text is empty"),
        ({"text": 123}, 422, "valid string"),
        ({"text": ["a"]}, 422, "valid string"),
        ({}, 422, "Field required"),
        ({"text": "ok", "colour": "red"}, 422, "Extra inputs are not permitted"),
        ({"text": "ok", "published_at": "yesterday"}, 422, "ISO 8601 date-time"),
        ({"text": "ok", "published_at": 1700000000}, 422, "ISO 8601 date-time"),
        ({"text": "ok", "url": "not a url"}, 422, "URL"),
        ({"text": "bad \x00 byte"}, 422, "U+0000"),
        ({"text": "bell \x07 here"}, 422, "U+0007"),
    ],
)
def test_bad_article_is_refused_clearly_and_nothing_is_stored(client, engine, body, status, message):
    before = table_counts(engine)
    response = client.post("/analyze", json=body)
    assert response.status_code == status
    assert message in response.text
    assert table_counts(engine) == before


def test_text_over_the_limit_is_refused(client, engine, settings):
    response = client.post("/analyze", json={"text": "word " * (settings.max_text_chars // 5 + 1)})
    assert response.status_code == 413
    assert "limit" in response.json()["detail"]
    assert table_counts(engine)["article"] == 0


def test_malformed_json_is_refused(client, engine):
    response = client.post("/analyze", content=b'{"text": "unterminated', headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert "JSON" in response.text
    assert table_counts(engine)["article"] == 0


@pytest.mark.parametrize("path", ["/quotes/999999", "/speakers/999999", "/articles/999999"])
def test_unknown_ids_are_404_with_a_message(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "does not exist" in response.json()["detail"]


@pytest.mark.parametrize(
    "path",
    ["/quotes/abc", "/quotes/0", "/quotes/-1", "/quotes/99999999999999999999", "/articles/1.5"],
)
def test_malformed_ids_are_422(client, path):
    assert client.get(path).status_code == 422


@pytest.mark.parametrize(
    "params",
    [{"limit": 100000}, {"limit": 0}, {"offset": -1}, {"kind": "rumour"}, {"since": "last week"},
     {"min_confidence": 2}, {"cursor": "!!!"}, {"cursor": 0}, {"speaker_id": -3}],
)
def test_out_of_range_query_parameters_are_422(client, params):
    response = client.get("/quotes", params=params)
    assert response.status_code == 422
    assert response.json()["detail"]


@pytest.mark.parametrize("hostile", ["%", "_", "'", '"', "--", "' OR 1=1 --", "Miller%", "a_b", "\\", "*", "NEAR("])
def test_strings_built_to_break_sql_are_harmless(client, seeded, hostile):
    for params in ({"speaker": hostile}, {"q": hostile}, {"topic": hostile}):
        response = client.get("/quotes", params=params)
        assert response.status_code in (200, 422), response.text
        if response.status_code == 200:
            names = {q["speaker"]["name"] for q in response.json()["items"] if q["speaker"]}
            assert len(response.json()["items"]) < seeded["quote_count"] or not names
    assert client.get("/speakers", params={"name": hostile}).status_code in (200, 422)


def test_wrong_content_type_is_415(client, engine):
    response = client.post("/analyze", content=b"text=hello", headers={"content-type": "application/x-www-form-urlencoded"})
    assert response.status_code == 415
    assert "application/json" in response.json()["detail"]
    response = client.post("/analyze", content="“Hi,” she said.".encode(), headers={"content-type": "text/plain"})
    assert response.status_code == 415
    assert table_counts(engine)["article"] == 0


def test_body_over_the_limit_is_refused_from_its_declared_length(client, engine, settings):
    declared = settings.max_article_body_bytes + 1
    response = client.post("/analyze", content=b"{}", headers={"content-type": "application/json",
                                                                "content-length": str(declared)})
    assert response.status_code == 413
    assert "limit" in response.json()["detail"]


def test_chunked_body_over_the_limit_is_cut_off(client, engine, settings):
    chunk = b"x" * 65_536
    chunks_needed = settings.max_article_body_bytes // len(chunk) + 2

    def body():
        yield b'{"text": "'
        for _ in range(chunks_needed):
            yield chunk
        yield b'"}'

    response = client.post("/analyze", content=body(), headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert table_counts(engine)["article"] == 0


def test_invalid_utf8_is_a_clear_4xx(client, engine):
    response = client.post("/analyze", content=b'{"text": "caf\xe9 \xff\xfe"}', headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert "not valid UTF-8 (byte 0xe9 at offset 13)" in response.json()["detail"]
    assert table_counts(engine)["article"] == 0


def test_html_markup_is_refused_with_the_tag_named(client, engine):
    response = client.post("/analyze", json={"text": "<p>“We will win,” she said.</p>"})
    assert response.status_code == 422
    assert "<p>" in response.json()["detail"]
    assert table_counts(engine)["article"] == 0


def test_text_with_lone_angle_brackets_is_not_html(client):
    response = client.post("/analyze", json={"text": "Inflation was < 2% and growth > 3%, the minister said."})
    assert response.status_code == 201


def test_text_in_another_script_is_analysed_and_stored(client):
    text = "«Мы не отступим», — заявил министр. 部长说：“我们不会退缩。”"
    response = client.post("/analyze", json={"text": text})
    assert response.status_code == 201
    body = response.json()
    for quote in body["quotes"]:
        for start, end in quote["spans"]:
            assert 0 <= start < end <= len(text)


def test_lone_surrogate_is_refused_clearly(client, engine):
    response = client.post("/analyze", content=b'{"text": "broken \\ud800 pair"}', headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert "surrogate" in response.json()["detail"]
    assert table_counts(engine)["article"] == 0


def test_emoji_and_right_to_left_text_keep_offsets_exact(client):
    text = "“We did it 🎉,” said Amal Haddad. قال الوزير إن “الوضع مستقر”."
    response = client.post("/analyze", json={"text": text})
    assert response.status_code == 201
    quotes = response.json()["quotes"]
    assert quotes and quotes[0]["text"].startswith("We did it 🎉")
    start, end = quotes[0]["spans"][0]
    assert text[start:end] == quotes[0]["text"]
