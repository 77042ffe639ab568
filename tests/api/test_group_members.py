"""A group of named people carries its members: "Senators Ann Ortiz and Bill Crane said that …" is stored as the
group "Ann Ortiz and Bill Crane" with each member linked to the archive person it is, shown on every quote and on
the group's record, and a member's quotes include what they said together with others. Articles are stored through
storage with hand-built contract data, as the pipeline would hand it over."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.nlp.contract import Gender
from tests.factories import entity, quote, store

GROUP = "Ann Ortiz and Bill Crane"


@pytest.fixture
def archive(client, engine) -> dict[str, int]:
    """Ann Marie Ortiz speaks alone first; then Ortiz and Bill Crane speak together (as senators)."""
    alone = store(engine, "Ortiz alone.", [quote(0, "Ann Marie Ortiz", entity=0)],
                  entities=[entity("Ann Marie Ortiz", "Senator Ortiz", gender=Gender.FEMALE)], day="2024-04-01")
    together = store(engine, "Senators Ann Ortiz and Bill Crane said that the budget fails.", [
        quote(0, GROUP, kind="group", members=("Ann Ortiz", "Bill Crane"), role="Senators"),
        quote(100, "Bill Crane", entity=1),
    ], entities=[entity("Ann Ortiz"), entity("Bill Crane", "Crane", gender=Gender.MALE)])
    return {"alone": alone, "together": together}


def _speaker_id(client, name: str) -> int:  # noqa: ANN001
    (found,) = [s for s in client.get("/speakers", params={"limit": 100}).json()["items"] if s["name"] == name]
    return found["id"]


def test_the_group_quote_carries_its_members_as_archive_people(client, archive):
    quotes = client.get("/quotes", params={"article_id": archive["together"]}).json()["items"]
    group_quote = next(q for q in quotes if q["speaker"]["kind"] == "group")
    ortiz, crane = _speaker_id(client, "Ann Marie Ortiz"), _speaker_id(client, "Bill Crane")
    assert group_quote["speaker"]["name"] == GROUP
    assert group_quote["speaker"]["members"] == [{"id": ortiz, "name": "Ann Marie Ortiz"},
                                                 {"id": crane, "name": "Bill Crane"}]
    # Ann Ortiz is the Ann Marie Ortiz the archive already knew; Crane's own quote and his membership share an id.
    alone_quote = next(q for q in quotes if q["speaker"]["name"] == "Bill Crane")
    assert alone_quote["speaker"]["id"] == crane and alone_quote["speaker"]["members"] == []
    detail = client.get(f"/speakers/{group_quote['speaker']['id']}").json()
    assert detail["kind"] == "group" and [m["name"] for m in detail["members"]] == ["Ann Marie Ortiz", "Bill Crane"]
    assert client.get(f"/speakers/{crane}").json()["members"] == []
    # The member's form of the name is one of the person's aliases.
    assert "Ann Ortiz" in client.get(f"/speakers/{ortiz}").json()["aliases"]


def test_a_members_quotes_include_what_the_group_said(client, archive):
    ortiz = _speaker_id(client, "Ann Marie Ortiz")
    by_id = client.get("/quotes", params={"speaker_id": ortiz}).json()
    assert by_id["total"] == 2
    assert {q["speaker"]["name"] for q in by_id["items"]} == {"Ann Marie Ortiz", GROUP}
    # "marie" is only in the person's own name: the group is found through its member.
    by_name = client.get("/quotes", params={"speaker": "Marie"}).json()
    assert {q["speaker"]["name"] for q in by_name["items"]} == {"Ann Marie Ortiz", GROUP}
    crane = _speaker_id(client, "Bill Crane")
    assert client.get("/quotes", params={"speaker_id": crane}).json()["total"] == 2
    assert client.get("/quotes.csv", params={"speaker_id": crane}).text.count(GROUP) == 1
    # The group's own record is its own quotes only.
    group = _speaker_id(client, GROUP)
    assert client.get("/quotes", params={"speaker_id": group}).json()["total"] == 1


def test_a_member_who_only_spoke_in_the_group_stays_while_the_group_quote_does(client, engine, archive):
    store(engine, "A third article.", [quote(0, "Cara Dunn and Eli Ford", kind="group",
                                             members=("Cara Dunn", "Eli Ford"))])
    dunn, ortiz = _speaker_id(client, "Cara Dunn"), _speaker_id(client, "Ann Marie Ortiz")
    assert client.get("/quotes", params={"speaker_id": dunn}).json()["total"] == 1
    assert client.delete(f"/articles/{archive['alone']}").status_code == 204  # sweeps unquoted speakers
    assert client.get(f"/speakers/{dunn}").status_code == 200
    assert client.get(f"/speakers/{ortiz}").json()["quote_count"] == 0  # kept: the group still speaks
    third = client.get("/quotes", params={"speaker": "dunn"}).json()["items"][0]["article_id"]
    assert client.delete(f"/articles/{third}").status_code == 204
    assert client.get(f"/speakers/{dunn}").status_code == 404  # group and members go together
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM speaker_member")).scalar_one() == 2  # Ortiz & Crane


def test_merging_a_member_moves_its_membership(client, engine, archive):
    store(engine, "Another.", [quote(0, "Annie Ortiz-Vega", entity=None)])
    other = _speaker_id(client, "Annie Ortiz-Vega")
    ortiz = _speaker_id(client, "Ann Marie Ortiz")
    merged = client.post(f"/speakers/{ortiz}/merge", json={"into": other})
    assert merged.status_code == 200, merged.text
    group_quote = next(q for q in client.get("/quotes", params={"speaker": "crane"}).json()["items"]
                       if q["speaker"]["kind"] == "group")
    # Three name words each, each seen once: the alphabetical first of the merged full names is shown.
    assert group_quote["speaker"]["members"][0] == {"id": other, "name": "Ann Marie Ortiz"}
    # The old id answers with the merged speaker, group quote included.
    assert client.get("/quotes", params={"speaker_id": ortiz}).json()["total"] == 3


def test_groups_without_members_and_other_speakers_have_empty_members(client, engine):
    store(engine, "Plain.", [quote(0, "U.S. officials", kind="group"), quote(50, "Matthew Miller")])
    for item in client.get("/quotes").json()["items"]:
        assert item["speaker"]["members"] == []


def test_source_statistics_count_a_groups_members_as_people_quoted(client, engine, archive):
    """Hand-counted, Daily A, 2024-05 (the "together" article): the group's quote and Bill Crane's own quote.
    People quoted: Ann Marie Ortiz (stated female in April, when she spoke alone) and Bill Crane (stated male):
    two people, Crane counted once although he spoke alone and with Ortiz. The group's quote is a quote of a woman
    and of a man; Crane's own quote of a man."""
    may = next(r for r in client.get("/stats/sources").json() if r["month"] == "2024-05")
    assert may["quotes"] == 2 and may["people"] == 2
    assert may["by_gender"] == {"female": {"people": 1, "quotes": 1}, "male": {"people": 1, "quotes": 2},
                                "unknown": {"people": 0, "quotes": 0}}
    assert may["by_kind"]["group"] == {"speakers": 1, "quotes": 1}
    assert may["by_kind"]["person"] == {"speakers": 1, "quotes": 1}
    # A member who is only ever quoted in a group has no stated gender: unknown.
    store(engine, "Fourth.", [quote(0, "Cara Dunn and Eli Ford", kind="group", members=("Cara Dunn", "Eli Ford"))],
          day="2024-07-01")
    july = next(r for r in client.get("/stats/sources").json() if r["month"] == "2024-07")
    assert (july["people"], july["by_gender"]["unknown"]) == (2, {"people": 2, "quotes": 1})
