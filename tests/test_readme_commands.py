"""End to end: the README's run command sets up the database, loads the sample article and serves the API; run
again, it loads nothing twice."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from bench._server import free_port

ROOT = Path(__file__).resolve().parent.parent


def _serve_once(env: dict[str, str], port: int) -> dict:
    process = subprocess.Popen(["bash", "scripts/run.sh"], cwd=ROOT, env=env, start_new_session=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            if process.poll() is not None:
                pytest.fail(f"run.sh exited with {process.returncode}:\n{process.stdout.read()}")
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("the service did not answer /health within 180 s")
            time.sleep(0.5)
        return {
            "miller": httpx.get(f"{base}/quotes", params={"speaker": "Miller"}).json(),
            "articles": httpx.get(f"{base}/articles").json(),
        }
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        output, _ = process.communicate(timeout=30)
        print(output)


def test_run_command_serves_the_seeded_article_and_seeding_is_idempotent(tmp_path):
    port = free_port()
    env = {**os.environ, "QUOTEWISE_DATABASE_URL": f"sqlite:///{tmp_path}/readme.db", "QUOTEWISE_PORT": str(port)}
    env.pop("QUOTEWISE_API_KEYS", None)
    first = _serve_once(env, port)
    assert first["articles"]["total"] == 1
    assert first["miller"]["total"] == 3
    for quote in first["miller"]["items"]:
        assert quote["speaker"]["name"] == "Matthew Miller"
        assert quote["speaker"]["role"] in {"State Department Spokesperson", "State Department Spokesman"}
    second = _serve_once(env, port)
    assert second == first
