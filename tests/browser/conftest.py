"""Browser tests: a real server on 127.0.0.1 (bench/_server.Server, on its own temporary SQLite database migrated
and seeded with the sample article by the project's own commands, API keys required for writes) driven by Debian's
Chromium through chromedriver. Nothing is downloaded: without a local chromium and chromedriver the tests are
skipped, unless QUOTEWISE_REQUIRE_BROWSER=1 (set by .ci/run), when their absence is a failure."""

from __future__ import annotations

import json
import os
import shutil
import urllib.request
from collections.abc import Iterator

import pytest

from bench._server import Server, app_command

API_KEY = "desk-browser-test-key"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives a real Chromium against a real server")


def _browser_binaries() -> tuple[str, str] | None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (chromium, driver) if chromium and driver else None


@pytest.fixture(scope="session")
def browser_binaries() -> tuple[str, str]:
    found = _browser_binaries()
    if found is None:
        if os.environ.get("QUOTEWISE_REQUIRE_BROWSER") == "1":
            pytest.fail("chromium and chromedriver are required here: apt-get install chromium chromium-driver")
        pytest.skip("chromium or chromedriver is not installed (apt-get install chromium chromium-driver); "
                    ".ci/run installs them and runs these tests")
    return found


class Api:
    """The server's JSON API, as a CMS would call it."""

    def __init__(self, base: str) -> None:
        self.base = base

    def request(self, method: str, path: str, body: dict | None = None) -> dict:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json", "X-API-Key": API_KEY})
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read() or b"{}")


@pytest.fixture(scope="session")
def server(browser_binaries, tmp_path_factory) -> Iterator[Api]:  # noqa: ANN001
    folder = tmp_path_factory.mktemp("desk-server")
    database_url = f"sqlite:///{folder / 'desk.db'}"
    keys_required = {"QUOTEWISE_API_KEYS": API_KEY, "QUOTEWISE_OPEN_ACCESS": "false",
                     "QUOTEWISE_PUBLIC_READS": "true"}
    for command in ("migrate", "seed"):
        app_command(database_url, command, **keys_required)
    with Server(database_url, workers=1, log_path=folder / "server.log", env=keys_required) as running:
        yield Api(running.base_url)


def _chromium(browser_binaries: tuple[str, str], *, javascript: bool = True):  # noqa: ANN202
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never fetch a driver or a browser
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium, driver_path = browser_binaries
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,1000", "--hide-scrollbars"):
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    driver.set_page_load_timeout(60)
    return driver


@pytest.fixture(scope="session")
def browser(browser_binaries):  # noqa: ANN001, ANN201
    driver = _chromium(browser_binaries)
    yield driver
    driver.quit()


@pytest.fixture
def browser_without_javascript(browser_binaries):  # noqa: ANN001, ANN201
    driver = _chromium(browser_binaries, javascript=False)
    yield driver
    driver.quit()
