"""An article's quote count leaves out the quotes an editor rejected (they are not quotations), in the list and in
the article itself, while the article still shows the rejected quote to the desk; accepting it counts it again."""

from __future__ import annotations


def test_rejected_quotes_are_not_counted(client, seeded):
    article_id = seeded["id"]
    total = len(seeded["quotes"])
    assert total > 2

    def counts() -> tuple[int, int]:  # noqa: ANN202
        (listed,) = [a for a in client.get("/articles").json()["items"] if a["id"] == article_id]
        return listed["quote_count"], client.get(f"/articles/{article_id}").json()["quote_count"]

    assert counts() == (total, total)
    first, second = seeded["quotes"][0]["id"], seeded["quotes"][1]["id"]
    for quote_id in (first, second):
        assert client.patch(f"/quotes/{quote_id}", json={"status": "rejected"}).status_code == 200
    assert counts() == (total - 2, total - 2)
    assert len(client.get(f"/articles/{article_id}").json()["quotes"]) == total  # still shown to the desk
    assert client.patch(f"/quotes/{first}", json={"status": "accepted"}).status_code == 200
    assert counts() == (total - 1, total - 1)
