"""Does micro-batching (the Analyzer coalescing single-text jobs that wait for a worker into one `nlp.pipe` call)
cost the analysis workers less CPU per article? One real Analyzer with two workers (the full pipeline) is driven
like POST /analyze under `throughput.py`'s load: four client threads, each submitting one text per job and the next
one `--turnaround-ms` after its answer (the server's storing and answering), with coalescing on and off in
alternation (two Analyzers, one round each in turn), after a warm-up. Prints, per mode, the workers' CPU ms per
article from /proc (so other work on a shared machine moves the figure little), the texts per worker call, and
the wall-clock rate (meaningful only on an idle machine).

    .venv/bin/python -m bench.coalescing_cost
    .venv/bin/python -m bench.coalescing_cost --limit 40 --repeats 2     # quicker
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import bench_texts
from bench.throughput import cpu_seconds

MODES = {"coalesced": True, "one per call": False}


def texts_per_call() -> tuple[float, float]:
    from prometheus_client import REGISTRY

    return (REGISTRY.get_sample_value("quotewise_analysis_texts_per_call_sum") or 0.0,
            REGISTRY.get_sample_value("quotewise_analysis_texts_per_call_count") or 0.0)


def drive(analyzer, texts: list[str], clients: int, turnaround_s: float) -> float:  # noqa: ANN001 - an Analyzer
    """Closed loop: each client submits its next text `turnaround_s` after the previous one's answer."""
    pending = list(reversed(texts))
    lock = threading.Lock()

    def client() -> None:
        while True:
            with lock:
                if not pending:
                    return
                text = pending.pop()
            analyzer.analyze_texts([text])
            time.sleep(turnaround_s)

    began = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=84, help="use only the first N articles")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--turnaround-ms", type=float, default=12.0)
    args = parser.parse_args(argv)

    from app.services.analysis_worker import ONE_BLAS_THREAD
    from app.services.analyzer import Analyzer
    from app.settings import Settings

    os.environ.update(ONE_BLAS_THREAD)
    texts, label = bench_texts()
    texts = texts[: args.limit]
    analyzers = {mode: Analyzer.from_settings(Settings(), workers=2, coalesce=coalesce, queue_per_client=64)
                 for mode, coalesce in MODES.items()}
    totals = {mode: {"cpu_s": 0.0, "seconds": 0.0, "texts": 0.0, "calls": 0.0} for mode in MODES}
    try:
        for analyzer in analyzers.values():
            analyzer.start()
            analyzer.analyze_texts(texts)  # warm-up
        for repeat in range(args.repeats):
            for mode in MODES if repeat % 2 == 0 else reversed(MODES):  # each mode first in turn
                analyzer = analyzers[mode]
                variant = [f"{text}\n\n(bench {repeat} {mode})" for text in texts]  # new texts every time
                pids = [worker.process.pid for worker in analyzer._workers]
                cpu_before, calls_before = sum(map(cpu_seconds, pids)), texts_per_call()
                seconds = drive(analyzer, variant, args.clients, args.turnaround_ms / 1000)
                used = sum(map(cpu_seconds, pids)) - cpu_before
                sent, calls = (now - then for now, then in zip(texts_per_call(), calls_before))
                for key, value in (("cpu_s", used), ("seconds", seconds), ("texts", sent), ("calls", calls)):
                    totals[mode][key] += value
                print(f"run {repeat + 1}, {mode}: {used / len(texts) * 1000:.1f} worker CPU ms/article, "
                      f"{sent / calls:.2f} texts per call, {len(texts) / seconds:.2f} articles/s "
                      f"(load average {os.getloadavg()[0]:.1f})", flush=True)
    finally:
        for analyzer in analyzers.values():
            analyzer.close()
    summary = {mode: {"worker_cpu_ms_per_article": round(t["cpu_s"] / args.repeats / len(texts) * 1000, 1),
                      "texts_per_call": round(t["texts"] / t["calls"], 2),
                      "articles_per_s": round(len(texts) * args.repeats / t["seconds"], 2)}
               for mode, t in totals.items()}
    print(f"{label}, first {len(texts)}, {args.clients} clients, 2 workers: " + "; ".join(
        f"{mode} {s['worker_cpu_ms_per_article']} worker CPU ms/article, {s['texts_per_call']} texts per call, "
        f"{s['articles_per_s']} articles/s" for mode, s in summary.items()))
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
