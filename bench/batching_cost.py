"""Does a text parsed alone cost the analysis worker more CPU than texts parsed several to an `nlp.pipe` call? (The
question behind micro-batching single-article requests.) One real Analyzer worker (the full pipeline) analyses
the PolNeAR dev texts (else the seed article repeated) as one job per text (POST /analyze: one text per
`nlp.pipe` call) and as one job of all of them (POST /analyze/batch: CHUNK_TEXTS texts per call), alternating,
after a warm-up over all the texts (the first sight of each word costs more: the vocabulary grows). Prints the
worker process's CPU milliseconds per article for each, from /proc, so other work on a shared machine moves the
figures little.

    .venv/bin/python -m bench.batching_cost
    .venv/bin/python -m bench.batching_cost --limit 24 --repeats 2     # quicker
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import bench_texts
from bench.throughput import cpu_seconds

MODES = ("one text per call", "several texts per call")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=48, help="use only the first N articles")
    parser.add_argument("--repeats", type=int, default=4)
    args = parser.parse_args(argv)

    from app.services.analysis_worker import ONE_BLAS_THREAD
    from app.services.analyzer import CHUNK_TEXTS, Analyzer
    from app.settings import Settings

    os.environ.update(ONE_BLAS_THREAD)
    texts, label = bench_texts()
    texts = texts[: args.limit]
    totals = dict.fromkeys(MODES, 0.0)
    with Analyzer.from_settings(Settings(), workers=1, nice=0) as analyzer:
        worker = analyzer._workers[0].process.pid  # the one worker process
        analyzer.analyze_texts(texts)  # warm-up
        for repeat in range(args.repeats):
            for mode in MODES if repeat % 2 == 0 else reversed(MODES):  # each mode first in turn
                variant = [f"{text}\n\n(bench {repeat} {mode})" for text in texts]  # new texts every time
                before = cpu_seconds(worker)
                if mode == MODES[0]:
                    for text in variant:
                        analyzer.analyze_texts([text])
                else:
                    analyzer.analyze_texts(variant)
                used = cpu_seconds(worker) - before
                totals[mode] += used
                print(f"run {repeat + 1}, {mode}: {used / len(texts) * 1000:.1f} worker CPU ms/article", flush=True)
    per_article = {mode: round(total / args.repeats / len(texts) * 1000, 1) for mode, total in totals.items()}
    print(f"{label}, first {len(texts)}, {CHUNK_TEXTS} texts per call when several: "
          + ", ".join(f"{m} {v} CPU ms/article" for m, v in per_article.items())
          + f"; several per call cost {per_article[MODES[1]] / per_article[MODES[0]]:.3f} of one per call")
    print(json.dumps(per_article))
    return 0


if __name__ == "__main__":
    sys.exit(main())
