"""How long a thread returning from a blocking call waits for the GIL while another thread runs Python, at
CPython's default switch interval and at the Analyzer's (app.services.analyzer.DISPATCH_SWITCH_INTERVAL_S): what
an Analyzer dispatcher thread waits at each poll, read and send between a worker's last result and its next texts
while the server stores a batch. One thread spins; this one sleeps 2 ms `--samples` times and records how late it
runs again. On a shared machine other processes add their own delay to both figures.

    .venv/bin/python -m bench.gil_wakeup [--samples 200]
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import percentile

SLEEP_S = 0.002


def wake_up_delays(switch_interval: float, samples: int) -> list[float]:
    previous = sys.getswitchinterval()
    sys.setswitchinterval(switch_interval)
    stop = threading.Event()

    def spin() -> None:  # the storage thread: pure Python, never blocking
        count = 0
        while not stop.is_set():
            count += 1

    spinner = threading.Thread(target=spin)
    spinner.start()
    delays = []
    try:
        for _ in range(samples):
            began = time.perf_counter()
            time.sleep(SLEEP_S)
            delays.append(time.perf_counter() - began - SLEEP_S)
    finally:
        stop.set()
        spinner.join()
        sys.setswitchinterval(previous)
    return delays


def main(argv: list[str] | None = None) -> int:
    from app.services.analyzer import DISPATCH_SWITCH_INTERVAL_S

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=200)
    args = parser.parse_args(argv)
    results = {}
    for name, interval in (("default", 0.005), ("analyzer", DISPATCH_SWITCH_INTERVAL_S)):
        delays = wake_up_delays(interval, args.samples)
        results[name] = {"switch_interval_ms": interval * 1000, "median_ms": round(percentile(delays, 50) * 1000, 2),
                         "p90_ms": round(percentile(delays, 90) * 1000, 2)}
        print(f"switch interval {interval * 1000:.1f} ms ({name}): wake-up delay median "
              f"{results[name]['median_ms']} ms, p90 {results[name]['p90_ms']} ms", flush=True)
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
