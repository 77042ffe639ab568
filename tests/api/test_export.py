"""GET /quotes.csv and /quotes.ndjson: every match of GET /quotes's filters (not a page), in the same order."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest
from sqlmodel import Session

from app.nlp.contract import Gender
from app.services.export import FIELDS, export_ndjson
from app.services.quotes import QuoteFilters
from tests.factories import quote, store


@pytest.fixture
def exported(client, engine) -> None:
    """Twelve quotes in four articles; one with a comma, quotation marks and a line break in its text."""
    for n in range(4):
        quotes = [quote(0, "Ann Lee", role="Mayor", gender=Gender.FEMALE), quote(100, "Bob Ray"),
                  quote(200, "Acme Corp", kind="organization")]
        quotes[1] = replace(quotes[1], text=f'tricky, "quoted"\nline {n}', topics=("budget",))
        store(engine, f"Export article {n}.", quotes, source="Post" if n % 2 else "Times", day=f"2024-0{n + 1}-01")


def _ndjson(client, **params) -> list[dict]:  # noqa: ANN001
    response = client.get("/quotes.ndjson", params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/x-ndjson")
    return [json.loads(line) for line in response.text.splitlines()]


def _page_ids(client, **params) -> list[int]:  # noqa: ANN001
    return [q["id"] for q in client.get("/quotes", params=params | {"limit": 500}).json()["items"]]


@pytest.mark.parametrize("params", [{}, {"speaker": "Lee"}, {"topic": "budget"}, {"q": "tricky"},
                                    {"since": "2024-03-01T00:00:00Z"}, {"kind": "direct", "min_confidence": 0.5},
                                    {"speaker": "ray", "since": "2024-02-01T00:00:00Z", "q": "quoted"}])
def test_every_filter_of_get_quotes_selects_the_same_quotes_in_the_same_order(client, exported, params):
    rows = _ndjson(client, **params)
    assert [r["quote_id"] for r in rows] == _page_ids(client, **params)
    assert rows


def test_ndjson_fields(client, exported):
    rows = _ndjson(client, speaker="Lee")
    assert len(rows) == 4
    first = rows[0]
    assert list(first) == list(FIELDS)
    article = client.get(f"/articles/{first['article_id']}").json()
    assert first == {
        "quote_id": first["quote_id"], "article_id": article["id"], "url": None, "title": None, "source": "Post",
        "published_at": "2024-04-01T00:00:00+00:00", "text": "words 0", "kind": "direct", "start": 0, "end": 7,
        "cue": "said", "speaker_id": article["quotes"][0]["speaker"]["id"], "speaker_name": "Ann Lee",
        "speaker_kind": "person", "speaker_role": "Mayor", "speaker_gender": "female", "confidence": 0.9,
        "status": "unreviewed",
    }


def test_csv_round_trips_commas_quotes_and_line_breaks(client, exported):
    response = client.get("/quotes.csv", params={"topic": "budget"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text, newline="")))
    assert list(rows[0]) == list(FIELDS)
    assert [r["text"] for r in rows] == [f'tricky, "quoted"\nline {n}' for n in (3, 2, 1, 0)]
    assert {r["speaker_name"] for r in rows} == {"Bob Ray"} and {r["speaker_gender"] for r in rows} == {""}


def test_nothing_matches_gives_an_empty_export(client, exported):
    assert client.get("/quotes.ndjson", params={"topic": "zeppelin"}).text == ""
    assert client.get("/quotes.csv", params={"q": "zeppelin"}).text.strip() == ",".join(FIELDS)


def test_bad_filters_are_refused_and_quote_ids_still_resolve(client, exported):
    assert client.get("/quotes.csv", params={"since": "soon"}).status_code == 422
    assert client.get("/quotes.ndjson", params={"kind": "sung"}).status_code == 422
    quote_id = _page_ids(client)[0]
    assert client.get(f"/quotes/{quote_id}").json()["id"] == quote_id
    assert client.get("/quotes.txt").status_code in (404, 422)


def test_keyset_batches_export_the_same_rows_as_one_batch(engine, exported):
    with Session(engine) as session:
        whole = "".join(export_ndjson(session=session, filters=QuoteFilters()))
        for size in (1, 5, 12, 13):
            assert "".join(export_ndjson(session=session, filters=QuoteFilters(), batch_size=size)) == whole, size
    assert len(whole.splitlines()) == 12


def test_a_merged_speaker_id_exports_the_merged_speakers_quotes(client, exported):
    speakers = {s["name"]: s["id"] for s in client.get("/speakers").json()["items"]}
    client.post(f"/speakers/{speakers['Bob Ray']}/merge", json={"into": speakers["Ann Lee"]})
    assert len(_ndjson(client, speaker_id=speakers["Bob Ray"])) == 8
