"""POST /analyze and POST /analyze/batch answer with the article just written, built from the rows inserted instead
of read back: the answer must be byte for byte what reading the stored article back gives (get_article rendered as
the routes render it)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlmodel import Session

from app.api.routes.batch import BatchItemOut, BatchResponse
from app.nlp.contract import Gender, QuoteKind
from app.services.articles import get_article
from app.services.speakers import merge_speakers
from app.services.storage import ArticleInput, store_and_answer
from tests.factories import entity, quote, store

DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval" / "polnear" / "dev.jsonl"


def read_back(engine, article_id: int) -> bytes:  # noqa: ANN001 - an Engine
    """The answer as the routes rendered it before: the stored article read back."""
    with Session(engine) as session:
        return get_article(session=session, article_id=article_id).model_dump_json().encode()


def test_an_answer_built_from_the_rows_written_is_the_stored_article_read_back(engine) -> None:
    # The archive already holds people this article names in other forms, one of them merged into another.
    store(engine, "earlier", [quote(0, "Joseph R. Biden Jr.", gender=Gender.MALE, topics=("economy",))])
    store(engine, "earlier still", [quote(0, "Ann Ortiz", topics=()), quote(40, "Bill Crane", topics=())])
    twin = store(engine, "a twin", [quote(0, "Ana Ortiz Twin", topics=())])
    with Session(engine) as session:
        speakers = [q.speaker.id for q in get_article(session=session, article_id=twin).quotes]
        ortiz = [q.speaker.id for q in get_article(session=session, article_id=twin - 1).quotes][0]
        merge_speakers(session=session, speaker_id=speakers[0], into=ortiz)

    entities = [entity("Joe Biden", "Biden", gender=Gender.MALE), entity("Ann Ortiz and Bill Crane", plural=True,
                                                                         kind="group"),
                entity("Ana Ortiz Twin", "Ortiz"), entity("The Washington Post", kind="organization")]
    quotes = [  # not in text order: the answer lists them by start, as a read does
        quote(300, "Joe Biden", entity=0, role="President", topics=("zoning", "économie", "Economy", "apple")),
        quote(0, "Ann Ortiz and Bill Crane", kind="group", members=("Ann Ortiz", "Bill Crane"), entity=1,
              quote_kind=QuoteKind.INDIRECT),
        quote(100, "Ana Ortiz Twin", entity=2, gender=Gender.FEMALE, topics=("tariff", "tariff ")),
        quote(200, "a senior official", named=False, topics=()),
        quote(400, "she", named=False, written=False),
        quote(500, None, topics=("z" * 250,), confidence=0.123456789012345),
        quote(600, "Washington Post", kind="organization", entity=3),
        quote(700, "Joe Biden", entity=0, text="a second piece … and more"),
    ]
    published = datetime(2024, 11, 26, 9, 30, 15, 123456, tzinfo=timezone(timedelta(hours=3)))
    article = ArticleInput(text="The article's text. " * 40, title="A title", url="https://example.org/a?b=1",
                           source="Daily B", published_at=published)
    with Session(engine) as session:
        article_id, detail = store_and_answer(session=session, article=article, quotes=quotes, entities=entities,
                                              pipeline_version="v1")
    assert detail is not None
    answer = detail.model_dump_json().encode()
    assert answer == read_back(engine, article_id)
    body = json.loads(answer)
    assert [q["start"] for q in body["quotes"]] == sorted(q.start for q in quotes)
    by_start = {q["start"]: q for q in body["quotes"]}
    assert by_start[300]["speaker"]["name"] == "Joseph R. Biden Jr."  # the archive's name for him, not this article's
    # Ann Ortiz's archive name since "Ana Ortiz Twin" was merged into her (the fullest name is shown).
    assert [m["name"] for m in by_start[0]["speaker"]["members"]] == ["Ana Ortiz Twin", "Bill Crane"]
    assert set(by_start[300]["topics"]) == {"Economy", "apple", "zoning", "économie"}  # in the database's order

    with Session(engine) as session:  # stored already: nothing written, and no answer built (the caller reads it)
        again, detail = store_and_answer(session=session, article=article, quotes=quotes, entities=entities)
    assert (again, detail) == (article_id, None)


def test_an_article_without_quotes_or_entities_answers_as_read_back(engine) -> None:
    with Session(engine) as session:
        article_id, detail = store_and_answer(session=session, article=ArticleInput(text="Nothing said."), quotes=[])
    assert detail is not None and detail.model_dump_json().encode() == read_back(engine, article_id)


def _dev_texts(count: int) -> list[str]:
    if not DEV.exists():
        pytest.skip("the PolNeAR dev texts are not here")
    lines = [line for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [json.loads(line)["text"] for line in lines[:count]]


def test_post_analyze_answers_byte_for_byte_as_the_read_back(client, engine) -> None:
    for n, text in enumerate(_dev_texts(6)):
        response = client.post("/analyze", json={"text": text, "title": f"Article {n}", "source": "Daily C",
                                                 "published_at": "2024-05-01T10:00:00+02:00"})
        assert response.status_code == 201, response.text
        assert response.content == read_back(engine, response.json()["id"])
        again = client.post("/analyze", json={"text": text})
        assert again.status_code == 200 and again.content == response.content


def test_post_analyze_batch_answers_byte_for_byte_as_the_read_back(client, engine) -> None:
    texts = _dev_texts(10)
    stored = client.post("/analyze", json={"text": texts[0]})
    assert stored.status_code == 201
    articles = [{"text": t, "url": f"https://example.org/{n}"} for n, t in enumerate(texts[1:], 1)]
    articles += [{"text": texts[0]}, {"text": texts[2]}, {"text": "<p>html</p>"}]  # stored, a copy, an error
    response = client.post("/analyze/batch", json={"articles": articles})
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["status"] for r in results] == [201] * (len(texts) - 1) + [200, 200, 422]
    with Session(engine) as session:
        expected = BatchResponse(results=[
            BatchItemOut(index=r["index"], status=r["status"], error=r["error"],
                         article=get_article(session=session, article_id=r["article"]["id"]) if r["article"] else None)
            for r in results])
    assert response.content == expected.model_dump_json().encode()
