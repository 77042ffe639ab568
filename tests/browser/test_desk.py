"""The review desk in a real browser against a real server: highlighting, rejecting, changing a speaker and
re-analysing through the page, escaping, and the API key an editor types."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser.conftest import API_KEY

pytestmark = pytest.mark.browser
SEED_ARTICLE = 1  # the sample article, stored first by `python -m app seed`


def _open(browser, server, path: str) -> None:  # noqa: ANN001
    browser.get(server.base + path)
    WebDriverWait(browser, 30).until(lambda driver: driver.execute_script("return document.readyState") == "complete")


def _use_key(browser, key: str) -> None:  # noqa: ANN001
    field = browser.find_element(By.ID, "api-key")
    field.clear()
    field.send_keys(key)
    browser.find_element(By.CSS_SELECTOR, "#api-key-form button").click()
    WebDriverWait(browser, 10).until(
        expected_conditions.text_to_be_present_in_element((By.ID, "api-key-state"), "key set"))


def _quote_ids(server, speaker: str) -> list[int]:  # noqa: ANN001
    return [q["id"] for q in server.request("GET", "/quotes?" + urlencode({"speaker": speaker, "limit": 100}))["items"]]


def _mark_page(browser) -> None:  # noqa: ANN001
    """Tag the current page's window, so that a reload is seen as the tag's disappearance. (Waiting for an element to
    go stale asks the driver about a node of a page being torn down, which Chromium sometimes answers with an error
    instead of "stale".)"""
    browser.execute_script("window.quotewiseBeforeReload = true")


def _wait_for_reload(browser) -> None:  # noqa: ANN001
    WebDriverWait(browser, 60, ignored_exceptions=(WebDriverException,)).until(
        lambda driver: driver.execute_script(
            "return window.quotewiseBeforeReload === undefined && document.readyState === 'complete'"))


def test_sample_article_shows_matthew_millers_three_quotes_highlighted_with_his_name(browser, server):
    _open(browser, server, f"/ui/articles/{SEED_ARTICLE}")
    marks = browser.find_elements(By.CSS_SELECTOR, 'section.text mark.q[data-speaker="Matthew Miller"]')
    assert marks and all(mark.is_displayed() for mark in marks)
    quote_ids = {mark.get_attribute("data-quote-id") for mark in marks}
    assert len(quote_ids) == 3
    assert quote_ids == {str(i) for i in _quote_ids(server, "Matthew Miller")}
    labels = [a for a in browser.find_elements(By.CSS_SELECTOR, "section.text a.who") if a.text == "Matthew Miller"]
    assert {a.get_attribute("data-quote-id") for a in labels} == quote_ids
    colours = {mark.value_of_css_property("background-color") for mark in marks}
    assert len(colours) == 1 and colours != {"rgba(0, 0, 0, 0)"}  # one colour, and a visible one
    for quote_id in quote_ids:
        item = browser.find_element(By.ID, f"quote-{quote_id}")
        assert "Matthew Miller" in item.find_element(By.CSS_SELECTOR, ".speaker").text
        assert "State Department Spokesperson" in item.text


def test_a_write_without_the_key_is_refused_on_the_page(browser, server):
    _open(browser, server, f"/ui/articles/{SEED_ARTICLE}")
    browser.execute_script("sessionStorage.clear()")
    quote_id = _quote_ids(server, "Romanowski")[0]
    item = browser.find_element(By.ID, f"quote-{quote_id}")
    item.find_element(By.CSS_SELECTOR, 'form[data-action="accept"] button').click()
    error = item.find_element(By.CSS_SELECTOR, ".error")
    WebDriverWait(browser, 10).until(lambda _driver: error.text)
    assert error.text.startswith("401")
    assert server.request("GET", f"/quotes/{quote_id}")["status"] == "unreviewed"


def test_reject_a_quote_through_the_page_and_it_leaves_the_quote_list(browser, server):
    _open(browser, server, f"/ui/articles/{SEED_ARTICLE}")
    _use_key(browser, API_KEY)
    quote_id = _quote_ids(server, "Matthew Miller")[0]
    item = browser.find_element(By.ID, f"quote-{quote_id}")
    _mark_page(browser)
    item.find_element(By.CSS_SELECTOR, 'form[data-action="reject"] button').click()
    _wait_for_reload(browser)
    assert "rejected" in browser.find_element(By.ID, f"quote-{quote_id}").get_attribute("class").split()
    assert quote_id not in _quote_ids(server, "Miller")
    assert quote_id in [q["id"] for q in server.request("GET", "/quotes?speaker=Miller&include_rejected=true")["items"]]
    history = browser.find_element(By.CSS_SELECTOR, "section.history").text
    assert "rejected" in history


def test_change_a_speaker_through_the_page_and_it_survives_reanalysis(browser, server):
    _open(browser, server, f"/ui/articles/{SEED_ARTICLE}")
    _use_key(browser, API_KEY)
    quote_id = _quote_ids(server, "Andrew Bates")[0]
    item = browser.find_element(By.ID, f"quote-{quote_id}")
    item.find_element(By.CSS_SELECTOR, 'form[data-action="speaker"] input[name="name"]').send_keys("Karine Jean-Pierre")
    _mark_page(browser)
    item.find_element(By.CSS_SELECTOR, 'form[data-action="speaker"] button').click()
    _wait_for_reload(browser)
    assert "Karine Jean-Pierre" in browser.find_element(By.CSS_SELECTOR, f"#quote-{quote_id} .speaker").text

    form = browser.find_element(By.ID, "reanalyze")
    _mark_page(browser)
    form.find_element(By.TAG_NAME, "button").click()
    WebDriverWait(browser, 120, poll_frequency=0.1, ignored_exceptions=(WebDriverException,)).until(
        lambda _driver: "kept" in form.find_element(By.CLASS_NAME, "result").text)  # shown for 0.8 s, then reloaded
    _wait_for_reload(browser)
    item = browser.find_element(By.ID, f"quote-{quote_id}")
    assert "Karine Jean-Pierre" in item.find_element(By.CSS_SELECTOR, ".speaker").text
    assert "Pipeline said: Andrew Bates" in item.text
    assert server.request("GET", f"/quotes/{quote_id}")["speaker"]["name"] == "Karine Jean-Pierre"
    labels = browser.find_elements(By.CSS_SELECTOR, f'section.text a.who[data-quote-id="{quote_id}"]')
    assert [label.text for label in labels] == ["Karine Jean-Pierre"]
    assert server.request("GET", f"/articles/{SEED_ARTICLE}/history")["items"][0]["field"] == "reanalysis"


def test_a_title_containing_script_is_shown_as_text(browser, server):
    title = '<script>window.pwned = true</script><img src=x onerror="window.pwned = true"> Budget vote'
    article = server.request("POST", "/analyze", {"text": "“We will vote,” said Ann Ortiz, the mayor.",
                                                  "title": title, "source": "<b>Daily</b>"})
    _open(browser, server, f"/ui/articles/{article['id']}")
    assert browser.find_element(By.ID, "article-title").text == title
    assert browser.execute_script("return window.pwned === undefined")
    assert not browser.find_elements(By.CSS_SELECTOR, "main img")
    _open(browser, server, "/ui/?q=budget")
    assert title in browser.find_element(By.CSS_SELECTOR, "ol.articles").text
    assert browser.execute_script("return window.pwned === undefined")


def test_the_article_page_fits_a_phone(browser, server, tmp_path):
    browser.set_window_size(390, 844)
    try:
        _open(browser, server, f"/ui/articles/{SEED_ARTICLE}")
        width = browser.execute_script("return document.documentElement.clientWidth")
        assert browser.execute_script("return document.documentElement.scrollWidth") <= width
        text_box = browser.find_element(By.CSS_SELECTOR, "section.text").rect
        quotes_box = browser.find_element(By.CSS_SELECTOR, "aside.quotes").rect
        assert quotes_box["y"] >= text_box["y"] + text_box["height"]  # one column: the quotes below the text
        assert browser.save_screenshot(str(tmp_path / "phone.png"))
    finally:
        browser.set_window_size(1280, 1000)


def test_the_article_page_reads_without_javascript(browser_without_javascript, server):
    browser = browser_without_javascript
    browser.get(f"{server.base}/ui/articles/{SEED_ARTICLE}")
    marks = browser.find_elements(By.CSS_SELECTOR, 'section.text mark.q[data-speaker="Matthew Miller"]')
    assert marks and all(mark.is_displayed() for mark in marks)
    assert all(item.is_displayed() for item in browser.find_elements(By.CSS_SELECTOR, "li.quote-item"))
    # The edit buttons need the script: without it they are not shown, and the page says why.
    assert not any(button.is_displayed() for button in browser.find_elements(By.CSS_SELECTOR, ".actions button"))
    assert "need it" in browser.find_element(By.CSS_SELECTOR, "header.article-head").text
