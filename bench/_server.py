"""Start and stop a real Quotewise server (`python -m app serve`) on loopback, for the load and fault scripts, the
concurrency tests and the browser tests. The server runs in its own process group so that a SIGKILL reaches every
worker at once."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

PROJECT_ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def server_env(database_url: str, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("QUOTEWISE_API_KEYS", None)
    env.update(
        QUOTEWISE_DATABASE_URL=database_url,
        QUOTEWISE_OPEN_ACCESS="true",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


def app_command(database_url: str, command: str, *, timeout: float = 120, **extra_env: str) -> None:
    """Runs `python -m app <command>` (migrate, seed) on the database, with the server's environment."""
    subprocess.run(
        [sys.executable, "-m", "app", command],
        cwd=PROJECT_ROOT, env=server_env(database_url, **extra_env), check=True, timeout=timeout,
        stdout=subprocess.DEVNULL,
    )


def migrate(database_url: str, *, timeout: float = 120) -> None:
    app_command(database_url, "migrate", timeout=timeout)


def _children(pid: int) -> list[int]:
    """Direct children of `pid`, read from /proc (Linux)."""
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return [int(p) for p in handle.read().split()]
    except OSError:
        pass
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                stat = handle.read()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry))
    return found


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return handle.read().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return ""


def rss_kib(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


class Server:
    """`python -m app serve --workers N` on 127.0.0.1:<port>, started in a new session (process group)."""

    def __init__(self, database_url: str, *, workers: int = 2, port: int | None = None, log_path: Path | None = None,
                 env: dict[str, str] | None = None):
        self.database_url = database_url
        self.env = env or {}
        self.workers = workers
        self.port = port or free_port()
        self.log_path = log_path
        self.process: subprocess.Popen | None = None
        self._log = None
        self._log_offset = 0

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self, *, wait: float = 180) -> "Server":
        if self.log_path is None:
            handle, name = tempfile.mkstemp(prefix="quotewise-server-", suffix=".log")
            os.close(handle)
            self.log_path = Path(name)
        self._log_offset = Path(self.log_path).stat().st_size if Path(self.log_path).exists() else 0
        self._log = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app", "serve", "--host", HOST, "--port", str(self.port),
             "--workers", str(self.workers)],
            cwd=PROJECT_ROOT, env=server_env(self.database_url, **self.env), stdout=self._log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            self.wait_healthy(wait)
        except BaseException:
            self.stop(timeout=10)
            raise
        return self

    def wait_healthy(self, timeout: float) -> None:
        """Waits until every worker has run its lifespan (loaded the pipeline: uvicorn logs "Application startup
        complete" once per worker, and a worker accepts connections only after it) and /health answers 200."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is None or self.process.poll() is not None:
                raise RuntimeError(f"server exited with code {self.process.returncode if self.process else None}"
                                   f"{self._log_tail()}")
            if self._startups() >= self.workers:
                try:
                    if httpx.get(self.base_url + "/health", timeout=10).status_code == 200:
                        return
                except httpx.HTTPError:
                    pass
            time.sleep(0.3)
        raise TimeoutError(f"server at {self.base_url} not healthy after {timeout:.0f} s{self._log_tail()}")

    def _startups(self) -> int:
        with open(self.log_path, "rb") as handle:
            handle.seek(self._log_offset)
            return handle.read().count(b"Application startup complete")

    def _log_tail(self) -> str:
        if not self.log_path or not Path(self.log_path).exists():
            return ""
        return "\n--- server log tail ---\n" + Path(self.log_path).read_text(errors="replace")[-3000:]

    def worker_pids(self) -> list[int]:
        """The uvicorn worker processes: children of the server process started by multiprocessing spawn
        (the resource tracker, also a child, is left out)."""
        if self.process is None:
            return []
        pids = _children(self.process.pid)
        if self.workers <= 1:
            return [self.process.pid]
        return [p for p in pids if "resource_tracker" not in _cmdline(p)]

    def memory(self) -> dict[int, int | None]:
        """VmRSS in KiB of each server worker process together with its analysis worker processes (children)."""
        memory = {}
        for pid in self.worker_pids():
            own = rss_kib(pid)
            children = [rss_kib(child) or 0 for child in _children(pid) if "resource_tracker" not in _cmdline(child)]
            memory[pid] = None if own is None else own + sum(children)
        return memory

    def kill(self) -> None:
        """SIGKILL the whole process group: supervisor and every worker die at once, mid-request."""
        if self.process is None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait(timeout=30)
        self._wait_group_gone(10)
        self._close_log()

    def stop(self, *, timeout: float = 20) -> int | None:
        """SIGTERM (graceful: uvicorn finishes in-flight requests), then SIGKILL the group after `timeout`."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=30)
        self._wait_group_gone(timeout)
        try:  # workers that outlived the supervisor
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self._close_log()
        return self.process.returncode

    def _wait_group_gone(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                os.killpg(self.process.pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
        self._log = None

    def __enter__(self) -> "Server":
        return self.start()

    def __exit__(self, *_exc) -> None:
        self.stop()
