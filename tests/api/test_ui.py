"""The review desk's HTML pages, through the app: content, escaping, security headers, search and paging, and the
offline API documentation."""

from __future__ import annotations

import re
from html import unescape

import pytest

from tests.conftest import SEED_TEXT

HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'


def _text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


def test_article_page_highlights_every_quote_with_its_speaker(client, seeded):
    page = client.get(f"/ui/articles/{seeded['id']}")
    assert page.status_code == 200
    html = page.text
    miller = [q for q in seeded["quotes"] if q["speaker"] and q["speaker"]["name"] == "Matthew Miller"]
    assert len(miller) == 3
    for quote in miller:
        marks = re.findall(rf'<mark class="q c\d[^"]*" data-quote-id="{quote["id"]}" data-speaker="Matthew Miller"', html)
        assert len(marks) >= len(quote["spans"])
        assert f'<a class="who c' in html and f'href="#quote-{quote["id"]}" data-quote-id="{quote["id"]}">Matthew Miller</a>' in html
    # The text as a whole is there, unchanged, once the marks are taken away.
    section = html.split('aria-label="Article text">', 1)[1].split("</section>", 1)[0]
    without_labels = re.sub(r'<a class="who[^>]*>[^<]*</a>', "", section)
    assert _text(without_labels) == SEED_TEXT
    assert 'class="cue"' in html or " cue" in html
    assert "mention" in section
    for quote in seeded["quotes"]:
        assert f'id="quote-{quote["id"]}"' in html


def test_one_colour_per_speaker(client, seeded):
    html = client.get(f"/ui/articles/{seeded['id']}").text
    colour_of: dict[str, set[str]] = {}
    for colour, speaker in re.findall(r'<mark class="q (c\d)[^"]*" data-quote-id="\d+" data-speaker="([^"]*)"', html):
        colour_of.setdefault(speaker, set()).add(colour)
    assert all(len(colours) == 1 for colours in colour_of.values())
    assert len({next(iter(c)) for c in colour_of.values()}) > 1


def test_low_confidence_and_rejected_quotes_stand_out(client, seeded):
    low = min(seeded["quotes"], key=lambda q: q["confidence"])
    assert low["confidence"] < 0.75
    html = client.get(f"/ui/articles/{seeded['id']}").text
    assert re.search(rf'<li id="quote-{low["id"]}" class="[^"]*\blow\b', html)
    client.patch(f"/quotes/{low['id']}", json={"status": "rejected", "speaker": {"name": "Laura Diaz"}})
    html = client.get(f"/ui/articles/{seeded['id']}").text
    assert re.search(rf'<li id="quote-{low["id"]}" class="[^"]*\brejected\b', html)
    assert "Pipeline said: " + low["speaker"]["name"] in html
    history = html.split('aria-label="History"', 1)[1]
    assert "Laura Diaz" in history and "rejected" in history and "anonymous" in history


def test_every_untrusted_value_is_escaped(client):
    body = {"text": "“We will vote,” said Ann Ortiz, the mayor.", "title": HOSTILE, "source": HOSTILE}
    article = client.post("/analyze", json=body).json()
    quote = article["quotes"][0]
    client.patch(f"/quotes/{quote['id']}", json={"speaker": {"name": HOSTILE, "role": HOSTILE}})
    speaker_id = client.get(f"/quotes/{quote['id']}").json()["speaker"]["id"]
    pages = [f"/ui/articles/{article['id']}", "/ui/", f"/ui/speakers/{speaker_id}", "/ui/?q=%3Cscript%3E"]
    for path in pages:
        html = client.get(path).text
        assert "<script>alert" not in html and "<img src=x" not in html, path
    html = client.get(f"/ui/articles/{article['id']}").text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html


def test_pages_carry_a_content_security_policy_without_inline_script(client, seeded):
    for path in ("/ui/", f"/ui/articles/{seeded['id']}", "/ui/speakers/1", "/ui/topics/iran", "/ui/articles/99999"):
        response = client.get(path)
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "default-src 'none'" in policy and "unsafe-inline" not in policy
        assert response.headers["x-content-type-options"] == "nosniff"
        scripts = re.findall(r"<script([^>]*)>(.*?)</script>", response.text, re.S)
        assert scripts and all('src="' in attributes and not content.strip() for attributes, content in scripts)
        assets = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', response.text)
        assert assets and all(asset.startswith("/static/") for asset in assets)  # nothing from another origin


def test_the_root_leads_to_the_desk(client):
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 307 and response.headers["location"] == "/ui/"


def test_unknown_pages_are_html_404s(client):
    response = client.get("/ui/articles/99999")
    assert response.status_code == 404 and "article 99999 does not exist" in response.text
    assert client.get("/ui/speakers/99999").status_code == 404


@pytest.mark.parametrize("params, expected", [
    ({}, 1), ({"q": "militia"}, 1), ({"q": "seed"}, 1), ({"q": "zebra crossing"}, 0),
    ({"speaker": "miller"}, 1), ({"speaker": "nobody here"}, 0), ({"topic": "iran"}, 1), ({"topic": "zebra"}, 0),
    ({"source": "kurdistan"}, 1), ({"source": "Reuters"}, 0),
    ({"since": "2024-11-01"}, 1), ({"until": "2024-11-01"}, 0),
])
def test_article_search(client, seeded, params, expected):
    html = client.get("/ui/", params=params).text
    assert re.search(r'<p class="count">(\d+) article', html).group(1) == str(expected)


def test_article_list_is_newest_first_and_pages(client, seeded):
    for day in range(1, 23):
        client.post("/analyze", json={"text": f"Article number {day} has no quotes at all.", "title": f"Day {day}",
                                      "published_at": f"2025-01-{day:02d}T00:00:00Z"})
    first = client.get("/ui/").text
    titles = re.findall(r'<a class="title" href="[^"]+">([^<]+)</a>', first)
    assert titles[:3] == ["Day 22", "Day 21", "Day 20"] and len(titles) == 20
    assert "page 1 of 2" in first and 'href="?page=2"' in first
    second = client.get("/ui/", params={"page": 2}).text
    assert re.findall(r'<a class="title" href="[^"]+">([^<]+)</a>', second) == ["Day 2", "Day 1", seeded["title"]]
    searched = client.get("/ui/", params={"q": "Day", "page": 1}).text
    assert 'href="?q=Day&amp;page=2"' in searched
    assert client.get("/ui/", params={"since": "yesterday"}).status_code == 422


def test_speaker_and_topic_pages(client, seeded):
    miller = next(q for q in seeded["quotes"] if q["speaker"] and q["speaker"]["name"] == "Matthew Miller")
    html = client.get(f"/ui/speakers/{miller['speaker']['id']}").text
    assert "<h1>Matthew Miller</h1>" in html and "State Department Spokesperson" in html
    assert html.count("<blockquote>") == 3 and seeded["title"] in html
    topic = miller["topics"][0]
    html = client.get(f"/ui/topics/{topic}").text
    assert f"<h1>Topic: {topic}</h1>" in html and miller["text"][:40] in unescape(html)


def test_api_documentation_is_served_by_the_app(client):
    for path in ("/docs", "/redoc"):
        html = client.get(path).text
        assets = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert assets and all(asset.startswith("/") for asset in assets), assets
        for asset in assets:
            assert client.get(asset).status_code == 200, asset
    assert client.get("/static/desk.js").status_code == 200


def test_speaker_page_lists_quotes_by_article_date(client):
    for year, words in ((2023, "We will vote"), (2025, "We have won"), (2024, "We will see")):
        client.post("/analyze", json={"text": f"“{words},” said Ann Ortiz, the mayor.", "title": f"In {year}",
                                      "published_at": f"{year}-05-01T00:00:00Z"})
    speaker_id = client.get("/speakers", params={"name": "Ortiz"}).json()["items"][0]["id"]
    html = client.get(f"/ui/speakers/{speaker_id}").text
    assert re.findall(r"<blockquote>([^<]+)</blockquote>", html) == ["We have won,", "We will see,", "We will vote,"]
    assert "roles: the mayor" in html or "roles: mayor" in html


def test_an_editors_quote_over_a_rejected_one_is_the_one_highlighted(client, seeded):
    rejected = seeded["quotes"][0]
    client.patch(f"/quotes/{rejected['id']}", json={"status": "rejected"})
    start, end = rejected["spans"][0]
    added = client.post(f"/articles/{seeded['id']}/quotes", json={
        "spans": [[start, end - 10]], "kind": "direct", "speaker": {"name": "Laura Diaz"}}).json()
    html = client.get(f"/ui/articles/{seeded['id']}").text
    marks = re.findall(r'<mark class="q c\d([^"]*)" data-quote-id="(\d+)" data-speaker="([^"]*)"[^>]*>([^<]*)</mark>',
                       html)
    editors = "".join(text for _classes, quote_id, _speaker, text in marks if quote_id == str(added["id"]))
    assert unescape(editors) == SEED_TEXT[start:end - 10]
    rest = [(classes, text) for classes, quote_id, _speaker, text in marks if quote_id == str(rejected["id"])]
    assert unescape("".join(text for _classes, text in rest)) == SEED_TEXT[end - 10:end]
    assert all("rejected" in classes for classes, _text in rest)


def test_a_merged_speakers_page_lists_the_quotes_it_was_merged_with(client, seeded):
    """The old id answers with the speaker it was merged into, and so does its page: header and quotes alike."""
    by_name = {q["speaker"]["name"]: q["speaker"]["id"] for q in seeded["quotes"] if q["speaker"]}
    old, into = by_name["Alina Romanowski"], by_name["Matthew Miller"]
    merged = client.post(f"/speakers/{old}/merge", json={"into": into}).json()
    assert merged["id"] == into
    text = _text(client.get(f"/ui/speakers/{old}").text)
    assert merged["name"] in text
    assert "We strongly support the Iraqi government" in text  # a quote that was Romanowski's
    assert "They risk dragging the country" in text  # and one of Miller's own
