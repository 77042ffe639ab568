"""Analysis throughput, from the parser's own speed down to HTTP, on the same articles (the PolNeAR dev texts when
present, else the seed article repeated):

  1. the floor: bare `nlp.pipe` of the configured spaCy model (the stock components the pipeline keeps, no
     quotewise components), one process and two;
  2. the full attribution pipeline (`build_pipeline` + `extract_quotes`), without storage, one process and two;
  3. the importer (`app.importer.run_import`) writing to a fresh SQLite database, one worker process and two;
  4. POST /analyze (one article per request) and POST /analyze/batch (batches of --batch articles) against a
     real server (`python -m app serve` with QUOTEWISE_ANALYSIS_WORKERS=2: one server process, two analysis
     workers, see below; loopback only, its own temporary database), four clients
     (bench/_client.py: keep-alive connections, bodies encoded before the clock starts); with the CPU seconds of
     the server processes (HTTP, storage, the answers) against those of the analysis workers (the parse), each
     server process's share of the parse (which shows when uvicorn gave most connections to one process), and the
     client's own CPU per article: it runs on the same cores, which the floor does not share with anyone;

then the ratios 2/1, 3/1 and 4/1 at the same process count, and the server workers' resident memory after the
model loaded and after the load. Model loading is timed separately and left out of every rate. Each measurement
is run --repeats times and the best is kept (the machine is shared; the best run is the least disturbed one).

Part 4 runs one server process with a pool of two analysis workers, the size of this 2-core machine: one queue
feeds both workers, so a worker never waits while the other has work queued, and a batch is split between them,
so the run's tail is half a batch's share instead of a whole batch on one worker. Two server processes of one
worker each (`--server-processes 2 --analysis-workers 1`, the layout before) keep two queues that the clients'
connections must balance (app/api/balance.py), cost a second HTTP process and uvicorn's supervisor on the same
cores, and about 100 MiB more memory.

    .venv/bin/python bench/throughput.py
    .venv/bin/python bench/throughput.py --repeats 1 --skip-http     # quicker
    .venv/bin/python bench/throughput.py --accelerated-floor         # the floor with the service's speed-ups

The service runs two stock components faster than spaCy does, byte-identically (app/nlp/attribute_matches.py,
lemma_memo.py), so against the stock floor its ratios include that gain; with --accelerated-floor the floor has the
same speed-ups and the ratios show what the quotewise components, storage and HTTP cost alone.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._client import encode, post_all
from bench._common import (ACCELERATED_FLOOR, bench_texts, init_pipeline_worker, load_pipeline, pipe_texts,
                           pipe_texts_in_worker, rss_mib, wait_ready)


def shards(texts: list[str], n: int) -> list[list[str]]:
    """`n` shards of about equal total length (longest first, each to the lightest shard)."""
    out: list[list[str]] = [[] for _ in range(n)]
    sizes = [0] * n
    for text in sorted(texts, key=len, reverse=True):
        lightest = sizes.index(min(sizes))
        out[lightest].append(text)
        sizes[lightest] += len(text)
    return out


def rate(articles: int, tokens: int, seconds: float) -> dict:
    return {"articles_per_s": round(articles / seconds, 2), "tokens_per_s": round(tokens / seconds),
            "seconds": round(seconds, 2)}


def best(runs: list[dict]) -> dict:
    return max(runs, key=lambda r: r["articles_per_s"])


class PipeBench:
    """The bare model and the full pipeline, loaded in this process and in a pool of worker processes, timed in
    alternation (bare, full, bare, full, ...) so that both meet the same background load."""

    def __init__(self, model: str, processes: int) -> None:
        started = time.perf_counter()
        self.local = {kind: load_pipeline(kind, model) for kind in ("bare", "full")}
        self.local_load = time.perf_counter() - started
        context = multiprocessing.get_context("spawn")
        barrier = context.Barrier(processes)
        self.processes = processes
        started = time.perf_counter()
        self.pool = ProcessPoolExecutor(processes, mp_context=context, initializer=init_pipeline_worker,
                                        initargs=(model, barrier))
        for ready in [self.pool.submit(wait_ready) for _ in range(processes)]:
            ready.result()
        self.pool_load = time.perf_counter() - started

    def run(self, kind: str, texts: list[str], processes: int) -> dict:
        if processes == 1:
            tokens, seconds = pipe_texts(texts, extract=kind == "full", nlp=self.local[kind])
            return rate(len(texts), tokens, seconds)
        began = time.perf_counter()
        parts = [self.pool.submit(pipe_texts_in_worker, shard, kind) for shard in shards(texts, self.processes)]
        tokens = sum(part.result()[0] for part in parts)
        return rate(len(texts), tokens, time.perf_counter() - began)

    def close(self) -> None:
        self.pool.shutdown()


def measure_importer(texts: list[str], tokens: int, settings, workers: int, repeats: int) -> dict:  # noqa: ANN001
    from app.importer import run_import
    from app.migrations import upgrade_to_head

    runs, load, stored = [], 0.0, 0
    for repeat in range(repeats):
        folder = Path(tempfile.mkdtemp(prefix="quotewise-bench-import-"))
        archive = folder / "articles.jsonl"
        archive.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)),
                           encoding="utf-8")
        url = f"sqlite:///{folder / 'import.db'}"
        upgrade_to_head(url)
        report = run_import(archive, settings=settings.model_copy(update={"database_url": url}), workers=workers,
                            batch_size=4, progress=False)
        if report.failures:
            raise RuntimeError(f"importer failures: {report.failures[:3]}")
        stored = report.stored
        load = report.load_seconds
        runs.append(rate(len(texts), tokens, report.seconds))
    return best(runs) | {"load_s": round(load, 1), "stored": stored, "runs": [r["articles_per_s"] for r in runs]}


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def server_cpu(server) -> dict[int, tuple[float, dict[int, float]]]:  # noqa: ANN001 - bench._server.Server
    """Per server process: its own CPU seconds, and each of its analysis worker processes'. uvicorn's supervisor
    (the parent of several server processes) counts as serving too: it runs on the same cores."""
    from bench._server import _children, _cmdline

    processes = {pid: (cpu_seconds(pid), {child: cpu_seconds(child) for child in _children(pid)
                                          if "resource_tracker" not in _cmdline(child)})
                 for pid in server.worker_pids()}
    if server.process is not None and server.process.pid not in processes:
        processes[server.process.pid] = (cpu_seconds(server.process.pid), {})
    return processes


def cpu_split(before: dict, after: dict) -> dict:
    """What a run cost in CPU: the server processes (HTTP, storage, answers) against the analysis workers (the
    parse), and each server process's share of the parse: with keep-alive clients, uvicorn may give every
    connection to one process, whose analysis workers then do all the work while the others' idle."""
    serving = sum(after[pid][0] - before.get(pid, (0.0, {}))[0] for pid in after)
    parsing = {pid: sum(cpu - before.get(pid, (0.0, {}))[1].get(child, 0.0) for child, cpu in after[pid][1].items())
               for pid in after}
    parsing = {pid: share for pid, share in parsing.items() if after[pid][1]}  # not the supervisor
    total = sum(parsing.values()) or 1.0
    return {"server_cpu_s": round(serving, 2), "analysis_cpu_s": round(total, 2),
            "server_per_analysis": round(serving / total, 3),
            "analysis_share_per_process": sorted((round(v / total, 2) for v in parsing.values()), reverse=True)}


_WORKER_FIGURES = ("quotewise_analysis_texts_per_call_sum", "quotewise_analysis_texts_per_call_count",
                   "quotewise_analysis_worker_busy_seconds_total")


def worker_calls(server) -> tuple[float, float, float]:  # noqa: ANN001 - bench._server.Server
    """Texts sent to the analysis workers so far, in how many calls, and the seconds the workers spent on those
    calls, from the server's GET /metrics (one server process: with several, whichever answers)."""
    with urllib.request.urlopen(f"{server.base_url}/metrics", timeout=10) as answer:
        lines = answer.read().decode().splitlines()
    values = {name: float(value) for name, _, value in (line.rpartition(" ") for line in lines)
              if name in _WORKER_FIGURES}
    return tuple(values.get(name, 0.0) for name in _WORKER_FIGURES)


def measure_http(texts: list[str], tokens: int, *, workers: int, analysis_workers: int, clients: int, batch: int,
                 repeats: int, floor: Callable[[], dict] | None = None) -> dict:
    """Each endpoint against its own fresh server, so each one's resident memory is its own. With `floor`, the
    floor is timed again right before every HTTP run (the server idle meanwhile), and each run's rate is divided by
    that floor: a ratio of two timings seconds apart, which a burst or a stall of this shared machine moves far less
    than the best of one set of runs against the best of another set taken minutes earlier."""
    from app.services.analysis_worker import ONE_BLAS_THREAD
    from bench._server import Server, migrate

    os.environ.update(ONE_BLAS_THREAD)  # the server's environment (as for the other 2-process figures)
    results: dict = {"server_workers": workers, "analysis_workers": analysis_workers, "clients": clients,
                     "rss_mib": {}}

    for name in ("analyze", "batch"):
        folder = Path(tempfile.mkdtemp(prefix="quotewise-bench-http-"))
        url = f"sqlite:///{folder / 'http.db'}"
        migrate(url)
        server = Server(url, workers=workers, log_path=folder / "server.log",
                        env={"QUOTEWISE_ANALYSIS_WORKERS": str(analysis_workers)})
        server.start(wait=300)
        loaded = server.memory()
        try:
            runs = []
            for repeat in range(repeats):
                # A marker line makes every run's articles new, so each is parsed and stored, never found stored.
                variant = [f"{t}\n\n(bench {name} {repeat})" for t in texts]
                if name == "analyze":
                    bodies = [("/analyze", {"text": t}) for t in variant]
                else:
                    bodies = [("/analyze/batch", {"articles": [{"text": t} for t in variant[i:i + batch]]})
                              for i in range(0, len(variant), batch)]
                requests = encode(bodies)
                paired = floor()["articles_per_s"] if floor else None
                calls_before = worker_calls(server)
                before = server_cpu(server)
                posted = post_all(server.base_url, requests, clients)
                after = server_cpu(server)
                sent, calls, busy = (now - then for now, then in zip(worker_calls(server), calls_before))
                runs.append(rate(len(texts), tokens, posted.seconds) | cpu_split(before, after)
                            | {"client_cpu_s": round(posted.client_cpu_s, 3), "connections": posted.connections,
                               "texts_per_call": round(sent / calls, 2) if calls else None,
                               # the share of the analysis workers' wall-clock time they spent on calls: the rest
                               # they waited (for the dispatcher, for work, or at the run's tail)
                               "workers_busy": round(busy / (posted.seconds * workers * analysis_workers), 3)})
                if paired:
                    runs[-1]["paired_floor"] = paired
            results[name] = best(runs) | {"runs": [r["articles_per_s"] for r in runs]}
            if floor:
                results[name]["paired_floors"] = [r["paired_floor"] for r in runs]
                results[name]["paired_ratios"] = [round(r["articles_per_s"] / r["paired_floor"], 3) for r in runs]
            after = server.memory()
        finally:
            server.stop()
        results["rss_mib"][name] = {"after_model_load": [round(kib / 1024) for kib in loaded.values() if kib],
                                    "after_load": [round(kib / 1024) for kib in after.values() if kib]}
    return results


def _cpu_line(result: dict, articles: int) -> str:
    return (f"server CPU {result['server_cpu_s']} s = {result['server_per_analysis']:.3f} of the analysis CPU "
            f"{result['analysis_cpu_s']} s ({result['server_cpu_s'] / articles * 1000:.1f} and "
            f"{result['analysis_cpu_s'] / articles * 1000:.1f} CPU ms per article), parse shares per server process "
            f"{result['analysis_share_per_process']}; the benchmark's client {result['client_cpu_s'] / articles * 1000:.1f} "
            f"CPU ms per article, {result['connections']} connections; {result['texts_per_call']} texts per "
            f"analysis worker call; the analysis workers busy {result['workers_busy']:.3f} of the run")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3, help="runs per measurement; the best is kept")
    parser.add_argument("--batch", type=int, default=8, help="articles per POST /analyze/batch")
    parser.add_argument("--limit", type=int, help="use only the first N articles")
    parser.add_argument("--skip-http", action="store_true")
    parser.add_argument("--http-only", action="store_true", help="only part 4 and the server's memory; no ratios")
    parser.add_argument("--server-processes", type=int, default=1, help="`serve --workers` of part 4")
    parser.add_argument("--accelerated-floor", action="store_true",
                        help="the bare floor gets the service's two byte-identical speed-ups of stock components "
                             "(attribute ruler, lemmatizer), so the ratios measure the quotewise components alone")
    parser.add_argument("--analysis-workers", type=int, default=2,
                        help="QUOTEWISE_ANALYSIS_WORKERS of part 4 (per server process)")
    args = parser.parse_args(argv)

    from app.nlp.pipeline import COMPONENTS, UNUSED_STOCK_COMPONENTS
    from app.settings import Settings

    settings = Settings()
    if args.accelerated_floor:
        os.environ[ACCELERATED_FLOOR] = "1"  # read by load_pipeline here and in the pool's spawned processes
    texts, label = bench_texts()
    texts = texts[: args.limit] if args.limit else texts
    print(f"articles: {label}, {sum(map(len, texts)):,} characters; model {settings.spacy_model}; "
          f"excluded stock components: {', '.join(UNUSED_STOCK_COMPONENTS)}; quotewise components: {len(COMPONENTS)}; "
          f"floor: {'stock model with the service speed-ups' if args.accelerated_floor else 'stock model'}; "
          f"{multiprocessing.cpu_count()} CPUs (shared with other work: figures are noisy)", flush=True)

    figures: dict = {"articles": len(texts), "source": label, "model": settings.spacy_model}
    if args.http_only:
        figures["http_2p"] = http = measure_http(
            texts, 0, workers=args.server_processes, analysis_workers=args.analysis_workers, clients=4,
            batch=args.batch, repeats=args.repeats)
        for name in ("analyze", "batch"):
            print(f"4. POST /{name}: {http[name]['articles_per_s']:.2f} articles/s (runs {http[name]['runs']}); "
                  f"{_cpu_line(http[name], len(texts))}; resident memory per worker {http['rss_mib'][name]}")
        print(json.dumps(figures))
        return 0
    bench = PipeBench(settings.spacy_model, 2)
    print(f"pipelines loaded: {bench.local_load:.1f} s in this process, {bench.pool_load:.1f} s in 2 workers "
          f"(not counted below); this process {rss_mib():.0f} MiB with both loaded", flush=True)
    for kind in ("bare", "full"):  # warm-up, in this process and in each worker
        bench.run(kind, texts[:4], 1)
        bench.run(kind, texts[:4], 2)
    runs: dict[str, list[dict]] = {}
    for repeat in range(args.repeats):
        for processes in (1, 2):
            for kind in ("bare", "full"):
                runs.setdefault(f"{kind}_{processes}p", []).append(bench.run(kind, texts, processes))
            print(f"  run {repeat + 1}, {processes} process(es): bare {runs[f'bare_{processes}p'][-1]['articles_per_s']}"
                  f" full {runs[f'full_{processes}p'][-1]['articles_per_s']} articles/s", flush=True)
    titles = {"bare": "1. bare nlp.pipe (floor)", "full": "2. full pipeline, no storage"}
    for processes in (1, 2):
        for kind in ("bare", "full"):
            key = f"{kind}_{processes}p"
            figures[key] = best(runs[key]) | {"runs": [r["articles_per_s"] for r in runs[key]]}
            result = figures[key]
            print(f"{titles[kind]:<34} {processes} process{'es' if processes > 1 else '  '}: "
                  f"{result['articles_per_s']:6.2f} articles/s {result['tokens_per_s']:7,} tokens/s "
                  f"(runs {result['runs']})", flush=True)
    tokens = round(figures["bare_1p"]["tokens_per_s"] * figures["bare_1p"]["seconds"])
    for workers in (1, 2):
        result = measure_importer(texts, tokens, settings, workers, args.repeats)
        figures[f"import_{workers}p"] = result
        print(f"{'3. importer with storage':<34} {workers} process{'es' if workers > 1 else '  '}: "
              f"{result['articles_per_s']:6.2f} articles/s {result['tokens_per_s']:7,} tokens/s "
              f"(runs {result['runs']}, load {result['load_s']} s, {result['stored']} stored)", flush=True)
    if not args.skip_http:
        http = measure_http(texts, tokens, workers=args.server_processes, analysis_workers=args.analysis_workers,
                            clients=4, batch=args.batch, repeats=args.repeats,
                            floor=lambda: bench.run("bare", texts, 2))
        figures["http_2p"] = http
        for name, title in (("analyze", "4. POST /analyze"), ("batch", f"4. POST /analyze/batch ({args.batch}/req)")):
            print(f"{title:<34} {args.server_processes}x{args.analysis_workers} workers: "
                  f"{http[name]['articles_per_s']:6.2f} articles/s {http[name]['tokens_per_s']:7,} tokens/s "
                  f"(runs {http[name]['runs']}); {_cpu_line(http[name], len(texts))}", flush=True)
            print(f"{'':<34} paired with the floor timed just before each run: floor "
                  f"{http[name]['paired_floors']} articles/s, ratios {http[name]['paired_ratios']}",
                  flush=True)
        for name, memory in http["rss_mib"].items():
            print(f"server resident memory per server process with its analysis workers ({name} server): "
                  f"{memory['after_model_load']} MiB after "
                  f"loading the model, {memory['after_load']} MiB after the load (target < 600 MiB)")

    ratios: dict = {}
    for processes in (1, 2):
        floor = figures[f"bare_{processes}p"]["articles_per_s"]
        ratios[f"2/1 ({processes}p)"] = figures[f"full_{processes}p"]["articles_per_s"] / floor
        ratios[f"3/1 ({processes}p)"] = figures[f"import_{processes}p"]["articles_per_s"] / floor
        ratios[f"2/1 ({processes}p, paired median)"] = statistics.median(
            full["articles_per_s"] / bare["articles_per_s"]
            for bare, full in zip(runs[f"bare_{processes}p"], runs[f"full_{processes}p"]))
    if "http_2p" in figures:
        floor = figures["bare_2p"]["articles_per_s"]
        ratios["4/1 analyze (2p)"] = figures["http_2p"]["analyze"]["articles_per_s"] / floor
        ratios["4/1 batch (2p)"] = figures["http_2p"]["batch"]["articles_per_s"] / floor
        for name in ("analyze", "batch"):
            ratios[f"4/1 {name} (2p, paired median)"] = statistics.median(figures["http_2p"][name]["paired_ratios"])
    bench.close()
    ratios = {k: round(v, 3) for k, v in ratios.items()}
    figures["ratios"] = ratios
    print("ratios: " + ", ".join(f"{k} {v:.2f}" for k, v in ratios.items()))
    print(f"targets: 2/1 >= 0.90 ({'met' if ratios['2/1 (2p)'] >= 0.9 and ratios['2/1 (1p)'] >= 0.9 else 'NOT met'}), "
          f"3/1 >= 0.80 ({'met' if ratios['3/1 (2p)'] >= 0.8 else 'NOT met'} at 2 processes)"
          + (f", 4/1 analyze >= 0.85 ({'met' if ratios['4/1 analyze (2p)'] >= 0.85 else 'NOT met'}), 4/1 batch >= "
             f"0.90 ({'met' if ratios['4/1 batch (2p)'] >= 0.9 else 'NOT met'}); paired medians: 4/1 analyze "
             f"({'met' if ratios['4/1 analyze (2p, paired median)'] >= 0.85 else 'NOT met'}), 4/1 batch "
             f"({'met' if ratios['4/1 batch (2p, paired median)'] >= 0.9 else 'NOT met'})"
             if "http_2p" in figures else ""))
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
