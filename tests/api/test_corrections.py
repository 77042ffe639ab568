"""The review desk's JSON API: every correction, every bad input (a clear 4xx and nothing changed), the history,
re-analysis keeping editors' work, and the resumable archive re-analysis."""

from __future__ import annotations

from dataclasses import replace

import pytest
from fastapi import Request
from sqlalchemy import text
from sqlmodel import Session

from app.api.security import require_writer
from app.errors import AnalysisTimedOut
from app.nlp.contract import ExtractedAnalysis, ExtractedQuote, Gender
from app.services.reanalysis import reanalyze_archive, reanalyze_article
from tests.conftest import SEED_TEXT, table_counts, topic_count_mismatches
from tests.factories import analysis, entity, quote


def _miller_quotes(seeded: dict) -> list[dict]:
    return [q for q in seeded["quotes"] if q["speaker"] and q["speaker"]["name"] == "Matthew Miller"]


def _state(engine) -> tuple:  # noqa: ANN001
    with engine.connect() as connection:
        quotes = connection.execute(text("SELECT id, speaker_id, role, kind, status, pipeline_said FROM quote "
                                         "ORDER BY id")).all()
        return tuple(quotes), table_counts(engine), connection.execute(
            text("SELECT COUNT(*) FROM quote_correction")).scalar_one()


def test_reject_hides_a_quote_from_queries_counts_and_topics_and_accept_restores_it(client, engine, seeded):
    quote = _miller_quotes(seeded)[0]
    topic = quote["topics"][0]
    speaker_id = quote["speaker"]["id"]
    before_total = client.get("/quotes", params={"speaker": "Miller"}).json()["total"]
    before_topic = client.get("/quotes", params={"topic": topic}).json()["total"]
    before_count = client.get(f"/speakers/{speaker_id}").json()["quote_count"]

    response = client.patch(f"/quotes/{quote['id']}", json={"status": "rejected"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "rejected" and body["corrected"] is True
    assert body["pipeline"] == {"speaker": {"id": speaker_id, "name": "Matthew Miller", "kind": "person"},
                                "role": "State Department Spokesperson", "kind": "direct"}

    listed = client.get("/quotes", params={"speaker": "Miller"}).json()
    assert listed["total"] == before_total - 1 and quote["id"] not in [q["id"] for q in listed["items"]]
    assert client.get("/quotes", params={"q": quote["text"]}).json()["total"] == 0
    assert client.get("/quotes", params={"q": quote["text"], "include_rejected": True}).json()["total"] == 1
    assert client.get("/quotes", params={"topic": topic}).json()["total"] == before_topic - 1
    assert client.get(f"/speakers/{speaker_id}").json()["quote_count"] == before_count - 1
    assert topic_count_mismatches(engine) == []
    shown = client.get("/quotes", params={"speaker": "Miller", "include_rejected": True}).json()
    assert quote["id"] in [q["id"] for q in shown["items"]]
    assert client.get(f"/quotes/{quote['id']}").json()["status"] == "rejected"  # still readable by id

    assert client.patch(f"/quotes/{quote['id']}", json={"status": "accepted"}).json()["status"] == "accepted"
    assert client.get("/quotes", params={"speaker": "Miller"}).json()["total"] == before_total
    assert client.get("/quotes", params={"topic": topic}).json()["total"] == before_topic
    assert topic_count_mismatches(engine) == []
    # Retracting the article afterwards leaves every topic count right, rejected quotes included.
    client.patch(f"/quotes/{quote['id']}", json={"status": "rejected"})
    assert client.delete(f"/articles/{seeded['id']}").status_code == 204
    assert topic_count_mismatches(engine) == []


def test_speaker_by_id_by_name_and_nobody(client, seeded):
    quotes = seeded["quotes"]
    miller_id = _miller_quotes(seeded)[0]["speaker"]["id"]
    first = quotes[0]

    by_id = client.patch(f"/quotes/{first['id']}", json={"speaker": {"id": miller_id}}).json()
    assert by_id["speaker"]["id"] == miller_id and by_id["speaker"]["role"] is None  # the old role went with the old speaker
    assert by_id["speaker"]["mention"] is None
    assert by_id["pipeline"]["speaker"]["name"] == first["speaker"]["name"]

    found = client.patch(f"/quotes/{quotes[1]['id']}", json={"speaker": {"name": " Matthew  Miller "}}).json()
    assert found["speaker"]["id"] == miller_id  # found, not created again

    created = client.patch(f"/quotes/{quotes[2]['id']}", json={
        "speaker": {"name": "Laura Diaz", "kind": "person", "role": "senator"}}).json()
    assert created["speaker"]["name"] == "Laura Diaz" and created["speaker"]["role"] == "senator"
    assert client.get("/quotes", params={"speaker": "Diaz"}).json()["total"] == 1
    assert client.get("/speakers", params={"name": "Diaz"}).json()["items"][0]["roles"] == ["senator"]

    nobody = client.patch(f"/quotes/{quotes[3]['id']}", json={"speaker": None}).json()
    assert nobody["speaker"] is None and nobody["corrected"] is True


def test_role_and_kind_are_corrected_and_every_change_is_recorded(client, seeded):
    quote = _miller_quotes(seeded)[1]
    response = client.patch(f"/quotes/{quote['id']}", json={"role": "spokesman", "kind": "mixed"})
    assert response.status_code == 200
    assert response.json()["speaker"]["role"] == "spokesman" and response.json()["kind"] == "mixed"

    history = client.get(f"/articles/{seeded['id']}/history").json()
    assert history["total"] == 2
    changes = {item["field"]: item for item in history["items"]}
    assert changes["role"]["before"] == "State Department Spokesperson" and changes["role"]["after"] == "spokesman"
    assert changes["kind"]["before"] == "direct" and changes["kind"]["after"] == "mixed"
    assert all(item["quote_id"] == quote["id"] and item["author"] == "anonymous" and item["made_at"]
               for item in history["items"])
    # The same value again changes nothing and records nothing.
    client.patch(f"/quotes/{quote['id']}", json={"role": "spokesman"})
    assert client.get(f"/articles/{seeded['id']}/history").json()["total"] == 2


@pytest.mark.parametrize("body, status, message", [
    ({"speaker": {"id": 999_999}}, 404, "speaker 999999 does not exist"),
    ({"speaker": {"name": ""}}, 422, None),
    ({"speaker": {"name": "   "}, "status": "rejected"}, 422, None),
    ({"status": "deleted"}, 422, None),
    ({"status": None}, 422, None),
    ({"kind": "quoted"}, 422, None),
    ({"speaker": {"name": "Ann", "kind": "robot"}}, 422, None),
    ({"speaker": {"id": 1, "name": "Ann"}}, 422, None),
    ({}, 422, None),
    ({"colour": "red"}, 422, None),
])
def test_bad_corrections_are_refused_and_change_nothing(client, engine, seeded, body, status, message):
    quote_id = seeded["quotes"][0]["id"]
    before = _state(engine)
    response = client.patch(f"/quotes/{quote_id}", json=body)
    assert response.status_code == status, response.text
    if message:
        assert message in response.json()["detail"]
    assert _state(engine) == before


def test_unknown_quote_is_404(client, seeded):
    response = client.patch("/quotes/999999", json={"status": "accepted"})
    assert response.status_code == 404 and response.json()["detail"] == "quote 999999 does not exist"


def test_add_a_missed_quote(client, seeded):
    free = next(span for span in ([0, 10], [SEED_TEXT.index("\n") - 5, SEED_TEXT.index("\n")])
                if not any(s < span[1] and span[0] < e for q in seeded["quotes"] for s, e in q["spans"]))
    response = client.post(f"/articles/{seeded['id']}/quotes", json={
        "spans": [free], "kind": "indirect", "speaker": {"name": "Matthew Miller"}, "role": "spokesman"})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["text"] == SEED_TEXT[free[0]:free[1]]
    assert body["origin"] == "editor" and body["status"] == "accepted" and body["corrected"] is True
    assert body["pipeline"] is None and body["speaker"]["name"] == "Matthew Miller"
    history = client.get(f"/articles/{seeded['id']}/history").json()["items"]
    assert history[0]["field"] == "quote" and history[0]["quote_id"] == body["id"] and history[0]["before"] is None


@pytest.mark.parametrize("change, status, message", [
    ({"spans": [[0, 10**6]]}, 409, "is not a span of the article's text"),
    ({"spans": [[5, 5]]}, 409, "is not a span"),
    ({"spans": [[0, 6], [4, 9]]}, 409, "overlap each other"),
    ({"spans": []}, 422, None),
    ({"overlap": True}, 409, "overlaps quote"),
    ({"speaker": {"id": 999_999}}, 404, "speaker 999999 does not exist"),
    ({"speaker": {"name": " "}}, 422, None),
    ({"kind": "shouted"}, 422, None),
    ({"cue": {"start": 0, "end": 10**6}}, 409, "cue"),
    ({"cue": {"start": 1, "end": 3}}, 409, "the cue lies inside the quote"),
])
def test_bad_added_quotes_are_refused_and_change_nothing(client, engine, seeded, change, status, message):
    body = {"spans": [[0, 10]], "kind": "direct", "speaker": {"name": "Somebody New"}}
    if change.pop("overlap", False):
        body["spans"] = [seeded["quotes"][0]["spans"][0]]
    body |= change
    before = _state(engine)
    response = client.post(f"/articles/{seeded['id']}/quotes", json=body)
    assert response.status_code == status, response.text
    if message:
        assert message in response.json()["detail"]
    assert _state(engine) == before  # not even the new speaker was created


def test_a_quote_may_be_added_over_a_rejected_one(client, seeded):
    rejected = seeded["quotes"][0]
    client.patch(f"/quotes/{rejected['id']}", json={"status": "rejected"})
    response = client.post(f"/articles/{seeded['id']}/quotes", json={
        "spans": rejected["spans"], "kind": "direct", "speaker": None})
    assert response.status_code == 201, response.text


def test_adding_to_an_unknown_article_is_404(client):
    response = client.post("/articles/424242/quotes", json={"spans": [[0, 1]], "kind": "direct", "speaker": None})
    assert response.status_code == 404
    assert client.get("/articles/424242/history").status_code == 404
    assert client.post("/articles/424242/reanalyze").status_code == 404


def test_reanalyze_keeps_editors_work_and_reports_what_changed(client, seeded):
    quotes = seeded["quotes"]
    corrected, rejected = quotes[0], quotes[1]
    client.patch(f"/quotes/{corrected['id']}", json={"speaker": {"name": "Laura Diaz"}})
    client.patch(f"/quotes/{rejected['id']}", json={"status": "rejected"})

    response = client.post(f"/articles/{seeded['id']}/reanalyze")
    assert response.status_code == 200, response.text
    result = response.json()
    assert sorted(result["kept"]) == sorted([corrected["id"], rejected["id"]])
    # Same pipeline, same text: every other quote is found again as stored.
    assert result["added"] == [] and result["removed"] == []
    assert len(result["unchanged"]) == len(quotes) - 2
    article = client.get(f"/articles/{seeded['id']}").json()
    by_id = {q["id"]: q for q in article["quotes"]}
    assert by_id[corrected["id"]]["speaker"]["name"] == "Laura Diaz"
    assert by_id[rejected["id"]]["status"] == "rejected"
    assert len(article["quotes"]) == len(quotes)  # the pipeline's re-found copies of the kept quotes were dropped
    history = client.get(f"/articles/{seeded['id']}/history").json()["items"]
    assert history[0]["field"] == "reanalysis" and history[0]["after"]["kept"] == result["kept"]


def _extracted(start: int, end: int, speaker: str) -> ExtractedQuote:
    return quote(start, speaker, text=SEED_TEXT[start:end], topics=("budget",), confidence=0.5, written=False)


def test_reanalysis_replaces_the_pipelines_quotes_and_drops_new_ones_overlapping_the_editors(
        client, engine, seeded):
    kept = seeded["quotes"][0]
    client.patch(f"/quotes/{kept['id']}", json={"status": "accepted"})
    start, end = kept["spans"][0]
    new_pipeline = analysis(_extracted(start, end, "Someone Else"), _extracted(0, 10, "Ann Ortiz"))
    with Session(engine) as session:
        result = reanalyze_article(session=session, article_id=seeded["id"], extract=lambda _text: new_pipeline,
                                   pipeline_version="test-2", author="tester")
    assert result.kept == [kept["id"]]
    assert len(result.added) == 1 and result.unchanged == []
    assert sorted(result.removed) == sorted(q["id"] for q in seeded["quotes"][1:])
    article = client.get(f"/articles/{seeded['id']}").json()
    assert [q["speaker"]["name"] for q in article["quotes"]] == ["Ann Ortiz", kept["speaker"]["name"]]
    assert client.get("/speakers", params={"name": "Miller"}).json()["total"] == 0  # swept with its last quote
    assert topic_count_mismatches(engine) == []
    assert client.get("/quotes", params={"topic": "budget"}).json()["total"] == 1


def test_archive_reanalysis_is_resumable(client, engine, seeded):
    other = client.post("/analyze", json={"text": "“We will win,” said Ann Ortiz, the coach."}).json()
    calls: list[str] = []

    def extract(article_text: str) -> ExtractedAnalysis:
        calls.append(article_text)
        return analysis()

    done: list[int] = []
    with Session(engine) as session:
        first = reanalyze_archive(session=session, extract=extract, pipeline_version="v2",
                                  on_article=lambda result: done.append(result.article_id))
    assert first.articles == 2 and sorted(done) == sorted([seeded["id"], other["id"]])
    assert first.removed == len(seeded["quotes"]) + len(other["quotes"])
    with Session(engine) as session:  # a second run (or a resumed one) skips what is already at this version
        again = reanalyze_archive(session=session, extract=extract, pipeline_version="v2")
    assert again.articles == 0 and len(calls) == 2
    with Session(engine) as session:
        assert reanalyze_archive(session=session, extract=extract, pipeline_version="v3").articles == 2


def test_reanalysis_replaces_the_entity_table_and_relinks_the_quotes_found_again(client, engine, seeded):
    ortiz = entity("Ann Ortiz", "Ortiz", roles=("mayor",), gender=Gender.FEMALE)
    hers = quote(0, "Ann Ortiz", text=SEED_TEXT[0:10], gender=Gender.FEMALE, entity=0, topics=(), confidence=0.5,
                 written=False)
    with Session(engine) as session:
        reanalyze_article(session=session, article_id=seeded["id"], pipeline_version="v2", author="tester",
                          extract=lambda _text: analysis(hers, entities=[ortiz]))
    article = client.get(f"/articles/{seeded['id']}").json()
    (stored,) = article["quotes"]
    assert [e["name"] for e in article["entities"]] == ["Ann Ortiz"]
    assert article["entities"][0]["quote_ids"] == [stored["id"]]
    assert stored["speaker"]["gender"] == "female"
    moved = entity("Bo Lind")
    with Session(engine) as session:  # found again unchanged, but the new table lists someone before her
        result = reanalyze_article(
            session=session, article_id=seeded["id"], pipeline_version="v3", author="tester",
            extract=lambda _text: analysis(replace(hers, speaker=replace(hers.speaker, entity=1)),
                                           entities=[moved, ortiz]))
    assert result.unchanged == [stored["id"]]
    entities = client.get(f"/articles/{seeded['id']}").json()["entities"]
    assert [(e["name"], e["quote_ids"]) for e in entities] == [("Bo Lind", []), ("Ann Ortiz", [stored["id"]])]


def test_archive_reanalysis_goes_on_past_an_article_it_cannot_analyse(client, engine, seeded):
    other = client.post("/analyze", json={"text": "“We will win,” said Ann Ortiz, the coach."}).json()

    def extract(article_text: str) -> ExtractedAnalysis:
        if article_text == SEED_TEXT:
            raise AnalysisTimedOut(len(article_text), 30)
        return analysis()

    with Session(engine) as session:
        report = reanalyze_archive(session=session, extract=extract, pipeline_version="v2")
    assert report.articles == 1 and list(report.failed) == [seeded["id"]]
    assert "did not finish" in report.failed[seeded["id"]]
    assert len(client.get(f"/articles/{seeded['id']}").json()["quotes"]) == len(seeded["quotes"])  # left as it was
    assert client.get(f"/articles/{other['id']}").json()["quotes"] == []


def test_articles_analysed_now_are_at_the_current_pipeline_version(client, engine, seeded, analyzer):
    with Session(engine) as session:
        report = reanalyze_archive(session=session, extract=analyzer.analyze_text,
                                   pipeline_version=analyzer.pipeline_version)
    assert report.articles == 0  # /analyze recorded the version it analysed with


def test_the_history_names_the_api_key_that_made_the_change(client, seeded):
    """require_writer puts the key's name on the request; the route hands it to the service as the author."""
    def writer_named_desk(request: Request) -> None:
        request.state.api_key_name = "desk"

    client.app.dependency_overrides[require_writer] = writer_named_desk
    try:
        response = client.patch(f"/quotes/{seeded['quotes'][0]['id']}", json={"status": "accepted"})
        assert response.status_code == 200, response.text
    finally:
        client.app.dependency_overrides.clear()
    assert client.get(f"/articles/{seeded['id']}/history").json()["items"][0]["author"] == "desk"


def test_the_archive_command_exists():
    from app.cli import build_parser

    assert build_parser().parse_args(["reanalyze-archive", "--no-progress"]).no_progress is True


def test_a_speaker_left_without_quotes_is_swept_but_the_pipelines_word_stays(client):
    article = client.post("/analyze", json={"text": "“We will vote,” said Ann Ortiz, the mayor."}).json()
    quote = article["quotes"][0]
    assert quote["speaker"]["name"] == "Ann Ortiz"
    body = client.patch(f"/quotes/{quote['id']}", json={"speaker": {"name": "Laura Diaz"}}).json()
    assert client.get("/speakers", params={"name": "Ortiz"}).json()["total"] == 0
    assert body["pipeline"]["speaker"]["name"] == "Ann Ortiz"
    assert client.get(f"/articles/{article['id']}/history").json()["items"][-1]["before"]["name"] == "Ann Ortiz"
