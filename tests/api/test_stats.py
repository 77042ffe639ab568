"""GET /stats/sources against a hand-counted archive of five articles in two outlets.

    Post  2024-01-05  Ann Lee (she) x2, Bob Ray (he), "a senior official", Acme Corp, a quote with no speaker
    Post  2024-01-20  Ann Lee, Carl Diaz, "Ann Ortiz and Bill Crane" (a group)
    Post  2024-02-03  Bob Ray (he), Ann Lee (she)
    Times 2024-01-10  Ann Lee (she), Dana Kim (she)
    Times 2024-01-12  Dana Kim (he), on the topic "budget"

Ann is stated female by three articles: female. Bob male by two: male. Carl by none, and Dana once each way:
unknown. The official is an unnamed description of one person, with no stated gender: unknown.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest

from app.nlp.contract import Gender
from tests.factories import quote, store

F, M = Gender.FEMALE, Gender.MALE


@pytest.fixture
def counted(client, engine) -> None:
    def quotes(*speakers):  # noqa: ANN002, ANN202
        made = []
        for n, (name, gender, kind, named) in enumerate(speakers):
            q = quote(n * 100, name or "x", gender=gender, kind=kind, named=named)
            made.append(q if name else replace(q, speaker=None))
        return made

    person = "person"
    store(engine, "One.", quotes(("Ann Lee", F, person, True), ("Ann Lee", F, person, True),
                                 ("Bob Ray", M, person, True), ("a senior official", None, person, False),
                                 ("Acme Corp", None, "organization", True), (None, None, person, True)),
          source="Post", day="2024-01-05")
    store(engine, "Two.", quotes(("Ann Lee", None, person, True), ("Carl Diaz", None, person, True),
                                 ("Ann Ortiz and Bill Crane", None, "group", True)), source="Post", day="2024-01-20")
    store(engine, "Three.", quotes(("Bob Ray", M, person, True), ("Ann Lee", F, person, True)),
          source="Post", day="2024-02-03")
    store(engine, "Four.", quotes(("Ann Lee", F, person, True), ("Dana Kim", F, person, True)),
          source="Times", day="2024-01-10")
    (budget,) = quotes(("Dana Kim", M, person, True))
    store(engine, "Five.", [replace(budget, topics=("budget",))], source="Times", day="2024-01-12")


def _row(source, month, quotes, people, female, male, unknown, person, organization=(0, 0), group=(0, 0),  # noqa: ANN001, ANN201
         unnamed=(0, 0), unattributed=0):
    pair = lambda key, value: {key: value[0], "quotes": value[1]}  # noqa: E731
    return {"source": source, "month": month, "quotes": quotes, "people": people,
            "by_gender": {"female": pair("people", female), "male": pair("people", male),
                          "unknown": pair("people", unknown)},
            "by_kind": {"person": pair("speakers", person), "organization": pair("speakers", organization),
                        "group": pair("speakers", group), "document": pair("speakers", (0, 0)),
                        "unnamed": pair("speakers", unnamed)},
            "unattributed_quotes": unattributed}


POST_JANUARY = _row("Post", "2024-01", 9, 4, female=(1, 3), male=(1, 1), unknown=(2, 2), person=(3, 5),
                    organization=(1, 1), group=(1, 1), unnamed=(1, 1), unattributed=1)
POST_FEBRUARY = _row("Post", "2024-02", 2, 2, female=(1, 1), male=(1, 1), unknown=(0, 0), person=(2, 2))
TIMES_JANUARY = _row("Times", "2024-01", 3, 2, female=(1, 1), male=(0, 0), unknown=(1, 2), person=(2, 3))


def test_per_outlet_and_month_by_gender_and_kind(client, counted):
    response = client.get("/stats/sources")
    assert response.status_code == 200
    assert response.json() == [POST_JANUARY, POST_FEBRUARY, TIMES_JANUARY]


def test_filters(client, counted):
    assert client.get("/stats/sources", params={"source": "Times"}).json() == [TIMES_JANUARY]
    assert client.get("/stats/sources", params={"since": "2024-02-01T00:00:00Z"}).json() == [POST_FEBRUARY]
    budget = client.get("/stats/sources", params={"topic": "budget"}).json()
    assert budget == [_row("Times", "2024-01", 1, 1, female=(0, 0), male=(0, 0), unknown=(1, 1), person=(1, 1))]
    early = client.get("/stats/sources", params={"until": "2024-01-11T00:00:00Z"}).json()
    assert [(r["source"], r["quotes"], r["people"]) for r in early] == [("Post", 6, 3), ("Times", 2, 2)]
    assert client.get("/stats/sources", params={"topic": "zeppelin"}).json() == []
    assert client.get("/stats/sources", params={"since": "yesterday"}).status_code == 422


def test_csv_by_parameter_or_accept_header(client, counted):
    by_parameter = client.get("/stats/sources", params={"format": "csv"})
    by_header = client.get("/stats/sources", headers={"Accept": "text/csv"})
    assert by_parameter.headers["content-type"].startswith("text/csv")
    assert by_parameter.text == by_header.text
    rows = list(csv.DictReader(io.StringIO(by_parameter.text)))
    assert [(r["source"], r["month"]) for r in rows] == [("Post", "2024-01"), ("Post", "2024-02"), ("Times", "2024-01")]
    assert rows[0] == {
        "source": "Post", "month": "2024-01", "quotes": "9", "people": "4",
        "female_people": "1", "female_quotes": "3", "male_people": "1", "male_quotes": "1",
        "unknown_people": "2", "unknown_quotes": "2", "person_speakers": "3", "person_quotes": "5",
        "organization_speakers": "1", "organization_quotes": "1", "group_speakers": "1", "group_quotes": "1",
        "document_speakers": "0", "document_quotes": "0", "unnamed_speakers": "1", "unnamed_quotes": "1",
        "unattributed_quotes": "1",
    }


def test_an_empty_archive_has_no_rows(client):
    assert client.get("/stats/sources").json() == []
    assert client.get("/stats/sources", params={"format": "csv"}).text.startswith("source,month,quotes,people,")
