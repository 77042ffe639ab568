"""Browser tests: a real uvicorn server on 127.0.0.1 (its own temporary SQLite database, migrated and seeded with the
sample article by the project's own commands, API keys required for writes) driven by Debian's Chromium through
chromedriver. Nothing is downloaded: without a local chromium and chromedriver the tests are skipped, unless
QUOTEWISE_REQUIRE_BROWSER=1 (set by .ci/run), when their absence is a failure."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent
API_KEY = "desk-browser-test-key"
SERVER_START_SECONDS = 120


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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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
    env = {**os.environ, "QUOTEWISE_DATABASE_URL": f"sqlite:///{folder / 'desk.db'}", "QUOTEWISE_API_KEYS": API_KEY,
           "QUOTEWISE_OPEN_ACCESS": "false", "QUOTEWISE_PUBLIC_READS": "true", "PYTHONPATH": str(PROJECT_ROOT)}
    for command in ("migrate", "seed"):
        subprocess.run([sys.executable, "-m", "app", command], cwd=PROJECT_ROOT, env=env, check=True,
                       capture_output=True, timeout=SERVER_START_SECONDS)
    port = _free_port()
    log = open(folder / "server.log", "wb")  # noqa: SIM115 - closed below, after the server stops
    process = subprocess.Popen([sys.executable, "-m", "uvicorn", "app.asgi:app", "--host", "127.0.0.1", "--port",
                                str(port)], cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + SERVER_START_SECONDS
        while True:
            try:
                urllib.request.urlopen(base + "/health", timeout=2)
                break
            except (urllib.error.URLError, ConnectionError):
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the server did not start: {(folder / 'server.log').read_text()}") from None
                time.sleep(0.3)
        yield Api(base)
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


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
