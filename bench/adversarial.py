"""Hostile and unlucky input against a real server: each class of text, at the size limit, is POSTed to /analyze
of `python -m app serve` (loopback, its own temporary SQLite database) while a second client polls GET /health
every 20 ms. Prints, per class, the status, the server's time to answer, and the /health latency (p50/p99, max)
during that request; then whether every class was answered (2xx/4xx) within 3x the time of ordinary news and
/health stayed under 100 ms at p99.

    .venv/bin/python -m bench.adversarial                    # every class, one server worker (~3-5 min)
    .venv/bin/python -m bench.adversarial --only caps,names  # some classes
    .venv/bin/python -m bench.adversarial --chars 50000      # smaller texts, quicker

Exits 1 if a target is missed. The ordinary news is the PolNeAR dev texts (the seed article when they are absent).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make `bench` and `app` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from bench import _texts as texts
from bench._common import percentile
from bench._server import Server, migrate

HEALTH_TARGET_MS = 100.0
TIME_FACTOR = 3.0
MIN_SAMPLES = 100  # probes (2 s) before a class's own p99 means more than its maximum


# The classes run by default: every class of bench/_texts.py but those only bench/nlp_scaling.py times.
DEFAULT_CLASSES = ("news", "curly_open", "curly_open_full", "mixed_quotes", "names", "no_full_stops", "yes_she_said",
                   "exclamations", "dashes_spaced", "all_caps", "number_table", "one_line_paragraphs", "base64_blob",
                   "open_quote_words", "short_quotes", "parentheses", "one_word_repeated", "cjk_no_spaces",
                   "newlines_only_words", "said_names")


def hostile_classes(chars: int, names: tuple[str, ...] = DEFAULT_CLASSES) -> dict[str, Callable[[], str]]:
    """Name -> a builder of that class's text at `chars` characters (or the most of its unit that fit)."""
    return {name: partial(texts.CLASSES[name], chars) for name in names}


class HealthProbe:
    """Polls GET /health every `interval` seconds in its own thread; `window()` starts a new sample."""

    def __init__(self, base_url: str, interval: float = 0.02) -> None:
        self.base_url = base_url
        self.interval = interval
        self.samples: list[float] = []
        self.failures = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        with httpx.Client(base_url=self.base_url, timeout=10) as http:
            while not self._stop.is_set():
                began = time.perf_counter()
                try:
                    ok = http.get("/health").status_code == 200
                except httpx.HTTPError:
                    ok = False
                elapsed = (time.perf_counter() - began) * 1000
                if ok:
                    self.samples.append(elapsed)
                else:
                    self.failures += 1
                time.sleep(max(0.0, self.interval - elapsed / 1000))

    def window(self) -> None:
        self.samples, self.failures = [], 0

    def start(self) -> "HealthProbe":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(15)


def run(classes: dict[str, Callable[[], str]], *, workers: int, timeout_s: float | None, request_timeout: float,
        workdir: Path, everything: list[float]) -> list[dict]:
    """One row per class; every /health latency sample is also appended to `everything`."""
    url = f"sqlite:///{workdir / 'adversarial.db'}"
    migrate(url)
    extra = {"QUOTEWISE_ANALYSIS_TIMEOUT_S": str(timeout_s)} if timeout_s else {}
    server = Server(url, workers=workers, log_path=workdir / "server.log", env=extra)
    rows = []
    with server:
        probe = HealthProbe(server.base_url).start()
        try:
            with httpx.Client(base_url=server.base_url, timeout=request_timeout) as http:
                for name, build in classes.items():
                    text = build()
                    # Encoded before the window opens: the probe shares this process (and its GIL) with the poster.
                    body = json.dumps({"text": text}).encode()
                    probe.window()
                    began = time.perf_counter()
                    response = None
                    try:
                        response = http.post("/analyze", content=body,
                                             headers={"Content-Type": "application/json"})
                    except httpx.HTTPError as error:
                        status, detail = None, {"detail": f"{type(error).__name__}"}
                    seconds = time.perf_counter() - began
                    time.sleep(0.2)  # a few more probes after the answer
                    samples = list(probe.samples) or [float("nan")]
                    everything.extend(probe.samples)
                    if response is not None:  # decoded after the window: megabytes of JSON hold this process's GIL
                        status, detail = response.status_code, response.json()
                    rows.append({
                        "class": name, "chars": len(text), "status": status, "seconds": round(seconds, 2),
                        "quotes": detail.get("quote_count") if isinstance(detail, dict) else None,
                        "detail": (detail.get("detail") or "")[:90] if isinstance(detail, dict) else "",
                        "health_p50_ms": round(percentile(samples, 50), 1),
                        "health_p99_ms": round(percentile(samples, 99), 1),
                        "health_max_ms": round(max(samples), 1), "health_n": len(probe.samples),
                        "health_failures": probe.failures,
                    })
                    print(_row(rows[-1]), flush=True)
        finally:
            probe.stop()
    return rows


def _row(row: dict) -> str:
    return (f"{row['class']:<22} {row['chars']:>8} {str(row['status']):>6} {row['seconds']:>8.2f} s "
            f"{str(row['quotes']):>6}  health p50 {row['health_p50_ms']:>6.1f} p99 {row['health_p99_ms']:>6.1f} "
            f"max {row['health_max_ms']:>6.1f} ms (n={row['health_n']}, failed {row['health_failures']})  "
            f"{row['detail']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chars", type=int, default=199_000, help="size of each text (the limit is 200,000)")
    parser.add_argument("--only", help="comma-separated class names (news is always run first)")
    parser.add_argument("--workers", type=int, default=1, help="server worker processes")
    parser.add_argument("--timeout", type=float, help="QUOTEWISE_ANALYSIS_TIMEOUT_S for the server (default: its own)")
    parser.add_argument("--request-timeout", type=float, default=300)
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args(argv)

    classes = hostile_classes(args.chars)
    if args.only:
        wanted = ("news", *(c for c in args.only.split(",") if c != "news"))
        unknown = [c for c in wanted if c not in texts.CLASSES]
        if unknown:
            parser.error(f"unknown classes: {', '.join(unknown)}; known: {', '.join(texts.CLASSES)}")
        classes = hostile_classes(args.chars, wanted)
    print(f"{'class':<22} {'chars':>8} {'status':>6} {'time':>10} {'quotes':>6}  /health during the request")
    everything: list[float] = []
    rows = run(classes, workers=args.workers, timeout_s=args.timeout, request_timeout=args.request_timeout,
               workdir=Path(tempfile.mkdtemp(prefix="quotewise-adversarial-")), everything=everything)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))

    news = rows[0]["seconds"]
    limit = TIME_FACTOR * news
    # A class answered in a second gets a few dozen probes, whose "p99" is just their maximum: a class's p99 counts
    # against the target from MIN_SAMPLES probes on; every probe counts in the p99 over the whole run.
    missed = [r for r in rows if r["status"] is None or r["status"] >= 500 or r["seconds"] > limit
              or (r["health_p99_ms"] > HEALTH_TARGET_MS and r["health_n"] >= MIN_SAMPLES) or r["health_failures"]]
    overall = percentile(everything, 99) if everything else float("nan")
    slow = [r for r in missed if r["seconds"] > limit or not r["status"] or r["status"] >= 500]
    print(f"\nordinary news: {news:.2f} s; every class answered 2xx/4xx within {limit:.2f} s (3x): "
          f"{'no' if slow else 'yes'}; /health over the whole run: {len(everything)} probes, "
          f"p50 {percentile(everything, 50):.1f} ms, p99 {overall:.1f} ms (target < {HEALTH_TARGET_MS:.0f}), "
          f"max {max(everything):.1f} ms")
    for row in missed:
        print(f"MISSED {row['class']}: status {row['status']}, {row['seconds']} s, /health p99 {row['health_p99_ms']} ms")
    return 1 if missed or overall >= HEALTH_TARGET_MS else 0


if __name__ == "__main__":
    sys.exit(main())
