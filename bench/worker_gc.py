"""What Python's cyclic garbage collector costs an analysis worker: the full pipeline and `extract_analysis` over
the PolNeAR dev texts (`--passes` times, in calls of four texts as a batch's share is parsed), once with Python's
default collector thresholds and once with the worker's (app.services.analysis_worker.WORKER_GC_THRESHOLDS), each
in a fresh process that loads the model and freezes it as a worker does. Prints, for each, the CPU seconds, the
seconds spent in collections (timed by `gc.callbacks`) and how many, and the resident memory at the start, at its
peak and at the end. CPU and collection time, not the wall clock, so other work on a shared machine moves it little.

    .venv/bin/python -m bench.worker_gc [--passes 2] [--limit N]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import PROJECT_ROOT, bench_texts, load_pipeline, rss_mib

DEFAULT_THRESHOLDS = (700, 10, 10)


def measure(thresholds: tuple[int, int, int], passes: int, limit: int) -> dict:
    """One configuration, in this process (a fresh one: see main)."""
    from app.nlp.contract import extract_analysis
    from app.services.analysis_worker import ONE_BLAS_THREAD
    from app.settings import Settings

    for name, value in ONE_BLAS_THREAD.items():
        os.environ.setdefault(name, value)
    texts, _label = bench_texts()
    texts = texts[:limit] if limit else texts
    nlp = load_pipeline("full", Settings().spacy_model)
    for doc in nlp.pipe(texts[:2]):  # warm-up: lazy tables and caches
        extract_analysis(doc)
    gc.collect()
    gc.freeze()
    gc.set_threshold(*thresholds)
    spent = {"seconds": 0.0, "collections": 0}
    began = [0.0]

    def timed(phase: str, _info: dict) -> None:
        if phase == "start":
            began[0] = time.perf_counter()
        else:
            spent["seconds"] += time.perf_counter() - began[0]
            spent["collections"] += 1

    gc.callbacks.append(timed)
    start_rss = peak = rss_mib() or 0.0
    cpu = time.process_time()
    for _ in range(passes):
        for i in range(0, len(texts), 4):
            for doc in nlp.pipe(texts[i : i + 4], batch_size=8):
                extract_analysis(doc)
            peak = max(peak, rss_mib() or 0.0)
    cpu = time.process_time() - cpu
    gc.callbacks.remove(timed)
    articles = len(texts) * passes
    return {"thresholds": list(thresholds), "articles": articles, "cpu_s": round(cpu, 2),
            "gc_s": round(spent["seconds"], 3), "collections": spent["collections"],
            "gc_ms_per_article": round(1000 * spent["seconds"] / articles, 2),
            "rss_mib": {"start": round(start_rss), "peak": round(peak), "end": round(rss_mib() or 0.0)}}


def main(argv: list[str] | None = None) -> int:
    from app.services.analysis_worker import WORKER_GC_THRESHOLDS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=2, help="passes over the texts per configuration")
    parser.add_argument("--limit", type=int, default=0, help="only the first N texts")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: measure one configuration, print its JSON
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(measure(tuple(int(x) for x in args.one.split(",")), args.passes, args.limit)))
        return 0
    results = []
    for thresholds in (DEFAULT_THRESHOLDS, WORKER_GC_THRESHOLDS):
        out = subprocess.run(
            [sys.executable, "-m", "bench.worker_gc", "--one", ",".join(map(str, thresholds)),
             "--passes", str(args.passes), "--limit", str(args.limit)],
            cwd=PROJECT_ROOT, check=True, capture_output=True, text=True).stdout
        result = json.loads(out.strip().splitlines()[-1])
        results.append(result)
        name = "Python's default" if thresholds == DEFAULT_THRESHOLDS else "the worker's"
        print(f"{name:16} {tuple(thresholds)}: {result['cpu_s']} s CPU over {result['articles']} articles, "
              f"{result['gc_s']} s in {result['collections']} collections ({result['gc_ms_per_article']} ms per "
              f"article); resident memory {result['rss_mib']['start']} -> peak {result['rss_mib']['peak']} -> "
              f"{result['rss_mib']['end']} MiB", flush=True)
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
