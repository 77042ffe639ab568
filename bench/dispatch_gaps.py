"""How long the analysis workers wait between calls while the server stores batches, at CPython's default switch
interval and at the Analyzer's (app.services.analyzer.DISPATCH_SWITCH_INTERVAL_S): an Analyzer of two workers
whose pipeline burns 30 ms of CPU per text (no model), four client threads submitting jobs of eight texts, and,
as each job finishes, a "storage" thread running 4 ms of Python per article before the client submits its next
job (about what the server spends storing and answering a batch article, `bench.serve_cost`). Each worker records
when each call began and ended; the gaps between a worker's calls are the time it waited for its dispatcher thread.
Each setting runs --rounds times, alternating.

    .venv/bin/python -m bench.dispatch_gaps [--jobs 30] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TEXT_CPU_S = 0.03
STORE_CPU_S = 0.004  # per article
JOB_TEXTS = 8


def _burn(seconds: float, clock=time.process_time) -> None:  # noqa: ANN001 - a clock function
    end = clock() + seconds
    while clock() < end:
        pass


def burning_pipeline(_model: str, *, log: str):  # noqa: ANN201 - an Analyse callable, run in a worker process
    from app.nlp.contract import ExtractedAnalysis

    def analyse(texts: Sequence[str]) -> Iterator[ExtractedAnalysis]:
        began = time.time()
        for _text in texts:
            _burn(TEXT_CPU_S)
            yield ExtractedAnalysis(quotes=(), entities=())
        with open(f"{log}-{os.getpid()}", "a") as handle:
            handle.write(f"{began} {time.time()}\n")

    return analyse


def run(switch_interval: float, jobs: int, folder: Path) -> dict:
    import app.services.analyzer as analyzer_module

    log = str(folder / f"calls-{switch_interval}-{time.monotonic_ns()}")
    previous = sys.getswitchinterval(), analyzer_module.DISPATCH_SWITCH_INTERVAL_S
    sys.setswitchinterval(switch_interval)
    analyzer_module.DISPATCH_SWITCH_INTERVAL_S = switch_interval
    stored: queue.Queue[threading.Event | None] = queue.Queue()

    def storage() -> None:
        while (done := stored.get()) is not None:
            _burn(STORE_CPU_S * JOB_TEXTS, time.thread_time)
            done.set()

    remaining = [jobs]
    lock = threading.Lock()
    try:
        with analyzer_module.Analyzer(spacy_model="unused", workers=2, nice=0,
                                      pipeline_factory=partial(burning_pipeline, log=log)) as analyzer:
            def client() -> None:
                while True:
                    with lock:
                        if not remaining[0]:
                            return
                        remaining[0] -= 1
                    analyzer.submit([f"text {i}" for i in range(JOB_TEXTS)]).result()
                    done = threading.Event()
                    stored.put(done)
                    done.wait()

            storer = threading.Thread(target=storage)
            storer.start()
            began = time.perf_counter()
            clients = [threading.Thread(target=client) for _ in range(4)]
            for thread in clients:
                thread.start()
            for thread in clients:
                thread.join()
            seconds = time.perf_counter() - began
            stored.put(None)
            storer.join()
    finally:
        sys.setswitchinterval(previous[0])
        analyzer_module.DISPATCH_SWITCH_INTERVAL_S = previous[1]
    gaps, busy = [], 0.0
    for path in folder.glob(Path(log).name + "-*"):
        calls = sorted(tuple(map(float, line.split())) for line in path.read_text().splitlines())
        busy += sum(end - start for start, end in calls)
        gaps += [calls[i + 1][0] - calls[i][1] for i in range(len(calls) - 1)]
    return {"switch_interval_ms": switch_interval * 1000, "seconds": round(seconds, 2), "calls": len(gaps) + 2,
            "gaps_ms": round(sum(gaps) * 1000), "gap_share_of_busy": round(sum(gaps) / busy, 4)}


def main(argv: list[str] | None = None) -> int:
    from app.services.analyzer import DISPATCH_SWITCH_INTERVAL_S

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="quotewise-bench-gaps-"))
    results = []
    for _ in range(args.rounds):
        for interval in (0.005, DISPATCH_SWITCH_INTERVAL_S):
            result = run(interval, args.jobs, folder)
            results.append(result)
            print(f"switch interval {result['switch_interval_ms']:.1f} ms: {args.jobs} jobs in {result['seconds']} s; "
                  f"the workers waited {result['gaps_ms']} ms between {result['calls']} calls "
                  f"({result['gap_share_of_busy']:.4f} of their busy time)", flush=True)
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
