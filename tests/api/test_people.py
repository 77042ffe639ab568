"""People across the archive through the API: one speaker for every form of a name, the speaker's detail (aliases,
roles over time, stated gender, outlets), merges with redirects, gender on quotes and entities on articles.
Articles are stored through storage with hand-built contract data, as the pipeline would hand it over."""

from __future__ import annotations

import pytest

from app.nlp.contract import Gender
from tests.factories import entity, quote, store


@pytest.fixture
def archive(client, engine) -> dict[str, int]:
    """Biden under three forms of his name in three articles of two outlets, and Jill Biden."""
    return {
        "first": store(engine, "Article one about tariffs.", [quote(0, "Joe Biden", role="Vice President",
                                                                    gender=Gender.MALE, entity=0)],
                       source="Daily A", day="2024-01-10",
                       entities=[entity("Joe Biden", "Biden", "Mr. Biden", "the vice president",
                                        roles=("Vice President",), gender=Gender.MALE)]),
        "second": store(engine, "Article two about tariffs.", [
            quote(0, "Joseph R. Biden Jr.", role="President", gender=Gender.MALE, entity=0),
            quote(100, "Jill Biden", role="First Lady", gender=Gender.FEMALE, entity=1),
        ], source="Daily B", day="2024-03-05", entities=[
            entity("Joseph R. Biden Jr.", "Joseph Robinette Biden", roles=("President",), gender=Gender.MALE),
            entity("Jill Biden", gender=Gender.FEMALE)]),
        "third": store(engine, "Article three about tariffs.", [quote(0, "Joseph Biden", role="President")],
                       source="Daily A", day="2024-06-01"),
    }


def _biden(client) -> dict:  # noqa: ANN001
    page = client.get("/speakers", params={"name": "Biden", "kind": "person"}).json()
    (biden,) = [s for s in page["items"] if s["name"] != "Jill Biden"]
    return client.get(f"/speakers/{biden['id']}").json()


def test_every_form_of_a_name_is_one_speaker(client, archive):
    """Its display name is the fullest form: "Joseph R. Biden Jr.", although "Joe Biden" came first."""
    page = client.get("/speakers", params={"name": "Biden"}).json()
    assert sorted(s["name"] for s in page["items"]) == ["Jill Biden", "Joseph R. Biden Jr."]
    biden = _biden(client)
    assert biden["quote_count"] == 3
    assert biden["aliases"] == sorted(["Joe Biden", "Biden", "Mr. Biden", "Joseph R. Biden Jr.",
                                       "Joseph Robinette Biden", "Joseph Biden"])


def test_any_alias_finds_the_speaker_and_their_quotes(client, archive):
    biden = _biden(client)
    for name in ("Robinette", "joseph biden", "Joe", "jr"):
        speakers = client.get("/speakers", params={"name": name}).json()["items"]
        assert [s["id"] for s in speakers] == [biden["id"]], name
        quotes = client.get("/quotes", params={"speaker": name}).json()
        assert quotes["total"] == 3, name


def test_roles_over_time_gender_and_outlets(client, archive):
    biden = _biden(client)
    assert biden["role_history"] == [
        {"role": "Vice President", "first_seen": "2024-01-10T00:00:00Z", "last_seen": "2024-01-10T00:00:00Z",
         "article_count": 1},
        {"role": "President", "first_seen": "2024-03-05T00:00:00Z", "last_seen": "2024-06-01T00:00:00Z",
         "article_count": 2},
    ]
    assert biden["gender"] == {"value": "male", "female_articles": 0, "male_articles": 2}
    assert biden["outlets"] == [{"source": "Daily A", "article_count": 2, "quote_count": 2},
                                {"source": "Daily B", "article_count": 1, "quote_count": 1}]
    assert biden["named"] is True and biden["merged_ids"] == [] and biden["ambiguous_with"] == []


def test_conflicting_statements_are_counted_and_a_tie_is_unknown(client, engine, archive):
    store(engine, "Article four.", [quote(0, "Jill Biden", gender=Gender.MALE)], source="Daily C", day="2024-07-01")
    jill = client.get("/speakers", params={"name": "Jill"}).json()["items"][0]
    assert client.get(f"/speakers/{jill['id']}").json()["gender"] == {
        "value": "unknown", "female_articles": 1, "male_articles": 1}
    store(engine, "Article five.", [quote(0, "Jill Biden", gender=Gender.FEMALE)], source="Daily C", day="2024-08-01")
    assert client.get(f"/speakers/{jill['id']}").json()["gender"] == {
        "value": "female", "female_articles": 2, "male_articles": 1}


def test_quotes_carry_the_gender_their_article_states(client, archive):
    first = client.get(f"/articles/{archive['first']}").json()
    assert first["quotes"][0]["speaker"]["gender"] == "male"
    third = client.get(f"/articles/{archive['third']}").json()
    assert third["quotes"][0]["speaker"]["gender"] is None
    assert {q["speaker"]["gender"] for q in client.get("/quotes", params={"speaker": "Jill"}).json()["items"]} == {
        "female"}


def test_article_detail_lists_its_entities_with_the_quotes_they_speak(client, archive):
    article = client.get(f"/articles/{archive['second']}").json()
    quote_ids = {q["speaker"]["name"]: q["id"] for q in article["quotes"]}
    speakers = {q["speaker"]["name"]: q["speaker"]["id"] for q in article["quotes"]}
    assert article["entities"] == [
        {"name": "Joseph R. Biden Jr.", "kind": "person", "aliases": ["Joseph Robinette Biden"], "roles": ["President"],
         "gender": "male", "plural": False, "speaker_id": speakers["Joseph R. Biden Jr."], "quote_ids": [quote_ids["Joseph R. Biden Jr."]]},
        {"name": "Jill Biden", "kind": "person", "aliases": [], "roles": [], "gender": "female", "plural": False,
         "speaker_id": speakers["Jill Biden"], "quote_ids": [quote_ids["Jill Biden"]]},
    ]
    assert client.get(f"/articles/{archive['third']}").json()["entities"] == []


# ------------------------------------------------------------------------------------------------ merges


@pytest.fixture
def typo(client, engine, archive) -> int:
    """A misspelt Biden the matcher rightly kept apart, for an editor to merge."""
    store(engine, "Article with a typo.", [quote(0, "Joe Bidden", role="President")], source="Daily B",
          day="2024-09-01")
    return client.get("/speakers", params={"name": "Bidden"}).json()["items"][0]["id"]


def test_merge_moves_quotes_and_aliases_and_leaves_a_redirect(client, archive, typo):
    biden = _biden(client)
    response = client.post(f"/speakers/{typo}/merge", json={"into": biden["id"]})
    assert response.status_code == 200
    merged = response.json()
    assert merged["id"] == biden["id"] and merged["quote_count"] == 4 and merged["merged_ids"] == [typo]
    assert "Joe Bidden" in merged["aliases"]
    assert client.get(f"/speakers/{typo}").json() == merged  # the old id answers with the merged speaker
    assert client.get("/quotes", params={"speaker_id": typo}).json()["total"] == 4
    assert [s["id"] for s in client.get("/speakers", params={"name": "Bidden"}).json()["items"]] == [biden["id"]]
    assert typo not in {s["id"] for s in client.get("/speakers", params={"limit": 500}).json()["items"]}
    assert merged["role_history"][-1] == {"role": "President", "first_seen": "2024-03-05T00:00:00Z",
                                          "last_seen": "2024-09-01T00:00:00Z", "article_count": 3}


def test_merging_into_a_merged_id_follows_its_redirect_and_chains_flatten(client, engine, archive, typo):
    biden = _biden(client)
    client.post(f"/speakers/{typo}/merge", json={"into": biden["id"]})
    store(engine, "Another typo.", [quote(0, "Joe Bydin")], source="Daily B", day="2024-10-01")
    other = client.get("/speakers", params={"name": "Bydin"}).json()["items"][0]["id"]
    assert client.post(f"/speakers/{other}/merge", json={"into": typo}).json()["id"] == biden["id"]
    jill = client.get("/speakers", params={"name": "Jill"}).json()["items"][0]["id"]
    client.post(f"/speakers/{biden['id']}/merge", json={"into": jill})  # a wrong merge, chained onto the redirects
    for old in (typo, other, biden["id"]):
        assert client.get(f"/speakers/{old}").json()["id"] == jill


def test_merge_refuses_itself_a_merged_speaker_and_unknown_ids(client, archive, typo):
    biden = _biden(client)
    assert client.post(f"/speakers/{typo}/merge", json={"into": typo}).status_code == 409
    client.post(f"/speakers/{typo}/merge", json={"into": biden["id"]})
    again = client.post(f"/speakers/{typo}/merge", json={"into": biden["id"]})
    assert again.status_code == 409 and "already merged" in again.json()["detail"]
    assert client.post(f"/speakers/{biden['id']}/merge", json={"into": typo}).status_code == 409  # itself
    assert client.post("/speakers/999999/merge", json={"into": biden["id"]}).status_code == 404
    assert client.post(f"/speakers/{biden['id']}/merge", json={"into": 999999}).status_code == 404
    assert client.post(f"/speakers/{biden['id']}/merge", json={"into": "x"}).status_code == 422


def test_merge_needs_a_write_key(app_client, archive, typo):
    with app_client(api_keys="writer-key", open_access=False, public_reads=True) as guarded:
        biden = _biden(guarded)
        assert guarded.post(f"/speakers/{typo}/merge", json={"into": biden["id"]}).status_code == 401
        assert guarded.get(f"/speakers/{typo}").json()["id"] == typo
        ok = guarded.post(f"/speakers/{typo}/merge", json={"into": biden["id"]},
                          headers={"X-API-Key": "writer-key"})
        assert ok.status_code == 200


def test_retracting_every_article_of_a_merged_speaker_removes_the_redirect(client, archive, typo):
    biden = _biden(client)
    client.post(f"/speakers/{typo}/merge", json={"into": biden["id"]})
    for article in client.get("/articles", params={"limit": 500}).json()["items"]:
        assert client.delete(f"/articles/{article['id']}").status_code == 204
    assert client.get(f"/speakers/{typo}").status_code == 404
    assert client.get(f"/speakers/{biden['id']}").status_code == 404


def test_an_ambiguous_name_is_recorded_on_the_new_speaker(client, engine):
    for n, name in enumerate(("George H. W. Bush", "George W. Bush", "George Bush")):
        store(engine, f"Bush article {n}.", [quote(0, name)], source="Daily A", day="2024-01-01")
    speakers = {s["name"]: s["id"] for s in client.get("/speakers", params={"name": "Bush"}).json()["items"]}
    detail = client.get(f"/speakers/{speakers['George Bush']}").json()
    assert detail["ambiguous_with"] == sorted([speakers["George H. W. Bush"], speakers["George W. Bush"]])
    merged = client.post(f"/speakers/{speakers['George Bush']}/merge", json={"into": speakers["George W. Bush"]})
    assert merged.json()["ambiguous_with"] == []  # the editor's merge answered the question
