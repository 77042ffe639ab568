"""What the service path costs per article in CPU, apart from the parse: a real server (uvicorn, the app, a real
Analyzer with its worker processes, a fresh SQLite database) whose workers answer each text with its analysis
parsed beforehand (a canned pipeline: no model is loaded, so the figures are the server's HTTP, validation,
transport between processes, storage, rendering and logging, undisturbed by the parse). Four clients POST the
PolNeAR dev texts (each round made new by a marker line) to /analyze and to /analyze/batch; the script prints the
CPU milliseconds per article of the server process and of the analysis workers (read from /proc: CPU time, so
other work on a shared machine moves it little).

    .venv/bin/python -m bench.serve_cost                       # CPU per article, /analyze and /analyze/batch
    .venv/bin/python -m bench.serve_cost --profile 30          # and the 30 costliest functions, every thread

`--profile` runs the server under cProfile in every thread (the event loop, the thread pool, the Analyzer's
dispatcher threads), which inflates its CPU: read its per-article figures as relative only.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pickle
import pstats
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from bench._common import PROJECT_ROOT, bench_texts
from bench._server import _children, _cmdline, free_port, migrate
from bench._client import encode, post_all
from bench.throughput import cpu_seconds

MARKER = "\n\n(bench "


def canned_pipeline(_model: str, *, path: str):  # noqa: ANN201 - an Analyse callable, run in a worker process
    """Answers each text with the analysis stored for it (the marker line a round adds is ignored)."""
    analyses: dict[str, object] = pickle.loads(Path(path).read_bytes())

    def analyse(texts):  # noqa: ANN001, ANN202
        for text in texts:
            yield analyses[text.split(MARKER, 1)[0]]

    return analyse


# ------------------------------------------------------------------------------------------------ the server side


def _profile_every_thread() -> list[cProfile.Profile]:
    """One cProfile per thread, this one and every thread started from now on (cProfile sees only its own), each
    timing its thread's CPU (not the wall clock, which would count the waits for SQLite's lock and the pipes)."""
    profiles: list[cProfile.Profile] = []

    def start_in_thread(*_args) -> None:  # noqa: ANN002 - the first profile event of a new thread
        profile = cProfile.Profile(time.thread_time)
        profiles.append(profile)
        profile.enable()  # replaces this hook in this thread

    threading.setprofile(start_in_thread)
    main = cProfile.Profile(time.thread_time)
    profiles.append(main)
    main.enable()
    return profiles


def _name_os_threads() -> None:
    """Gives every thread started from now on its Python name as its OS name (the first 15 characters, Linux), so
    that the client can tell the server's threads apart in /proc: the event loop (the main thread), the thread pool
    (storage, rendering) and the Analyzer's dispatcher threads."""
    import ctypes

    libc = ctypes.CDLL(None)
    pr_set_name = 15

    def name_this_thread(*_args) -> None:  # noqa: ANN002 - the first profile event of a new thread
        sys.setprofile(None)
        libc.prctl(pr_set_name, threading.current_thread().name.encode()[:15], 0, 0, 0)

    threading.setprofile(name_this_thread)


def thread_cpu(pid: int) -> dict[str, float]:
    """CPU seconds of each kind of thread of a process so far, by OS thread name (the main thread as `main`; a
    trailing number, as in `quotewise-dispatch-0`, dropped), and of that the time in the kernel (`<name> (system)`:
    system calls, waking threads)."""
    spent: dict[str, float] = {}
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return spent
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as handle:
                stat = handle.read()
        except OSError:
            continue
        name = "main" if int(tid) == pid else stat[stat.index("(") + 1:stat.rindex(")")].rstrip("0123456789-")
        fields = stat.rsplit(")", 1)[1].split()
        spent[name] = spent.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        spent[f"{name} (system)"] = spent.get(f"{name} (system)", 0.0) + int(fields[12]) / os.sysconf("SC_CLK_TCK")
    return spent


def serve(args: argparse.Namespace) -> int:
    from functools import partial

    import uvicorn

    from app.main import create_app
    from app.services.analyzer import Analyzer
    from app.settings import Settings

    _name_os_threads()
    settings = Settings(database_url=args.database_url, open_access=True, analysis_workers=args.analysis_workers,
                        log_level="WARNING", server_processes=1)
    analyzer = Analyzer.from_settings(settings, pipeline_factory=partial(canned_pipeline, path=args.canned), nice=0,
                                      queue_per_client=64).start()
    profiles = _profile_every_thread() if args.profile_out else []
    server = uvicorn.Server(uvicorn.Config(create_app(settings, analyzer=analyzer), host="127.0.0.1", port=args.port,
                                           log_config=None, access_log=False, lifespan="on"))
    try:
        server.run()
    except KeyboardInterrupt:  # uvicorn re-raises the SIGINT that stopped it
        pass
    finally:
        if profiles:
            threading.setprofile(None)
            for profile in profiles:
                profile.create_stats()
            pstats.Stats(*profiles).dump_stats(args.profile_out)
        analyzer.close()
    return 0


# ------------------------------------------------------------------------------------------------ the client side


def _bodies(texts: list[str], endpoint: str, tag: str, batch: int) -> list[tuple[str, dict]]:
    variant = [f"{t}{MARKER}{tag})" for t in texts]
    if endpoint == "analyze":
        return [("/analyze", {"text": t}) for t in variant]
    return [("/analyze/batch", {"articles": [{"text": t} for t in variant[i:i + batch]]})
            for i in range(0, len(variant), batch)]


def measure(args: argparse.Namespace, texts: list[str], canned: Path, endpoint: str, folder: Path) -> dict:
    url = f"sqlite:///{folder / f'{endpoint}.db'}"
    migrate(url)
    port = free_port()
    profile_out = folder / f"{endpoint}.pstats" if args.profile else None
    command = [sys.executable, "-m", "bench.serve_cost", "--serve", "--port", str(port), "--database-url", url,
               "--canned", str(canned), "--analysis-workers", str(args.analysis_workers)]
    if profile_out:
        command += ["--profile-out", str(profile_out)]
    server = subprocess.Popen(command, cwd=PROJECT_ROOT, env=dict(os.environ, QUOTEWISE_OPEN_ACCESS="true"))
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(base_url + "/health", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.2)
        post_all(base_url, encode(_bodies(texts[:8], endpoint, "warm-up", args.batch)), args.clients)
        rounds = [encode(_bodies(texts, endpoint, f"round {round_}", args.batch)) for round_ in range(args.rounds)]
        workers = [p for p in _children(server.pid) if "resource_tracker" not in _cmdline(p)]
        before = cpu_seconds(server.pid), sum(map(cpu_seconds, workers))
        threads_before = thread_cpu(server.pid)
        began = time.perf_counter()
        client_cpu = sum(post_all(base_url, requests, args.clients).client_cpu_s for requests in rounds)
        wall = time.perf_counter() - began
        after = cpu_seconds(server.pid), sum(map(cpu_seconds, workers))
        threads_after = thread_cpu(server.pid)
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(60)
    articles = len(texts) * args.rounds
    result = {"endpoint": endpoint, "articles": articles, "wall_s": round(wall, 2),
              "server_cpu_ms_per_article": round((after[0] - before[0]) / articles * 1000, 2),
              "worker_cpu_ms_per_article": round((after[1] - before[1]) / articles * 1000, 2),
              "client_cpu_ms_per_article": round(client_cpu / articles * 1000, 2),
              # threads that ended during the run (the thread pool's idle ones) are missing from `after`
              "server_threads_cpu_ms_per_article": {
                  name: round((threads_after.get(name, 0.0) - threads_before.get(name, 0.0)) / articles * 1000, 2)
                  for name in sorted(threads_after)}}
    if profile_out:
        stats = pstats.Stats(str(profile_out))
        print(f"--- {endpoint}: every thread of the server process, by own time ---")
        stats.sort_stats("tottime").print_stats(args.profile)
        print(f"--- {endpoint}: by cumulative time ---")
        stats.sort_stats("cumulative").print_stats(args.profile)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=2, help="times every article is posted (each time as new)")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--batch", type=int, default=8, help="articles per POST /analyze/batch")
    parser.add_argument("--analysis-workers", type=int, default=2)
    parser.add_argument("--only", choices=("analyze", "batch"))
    parser.add_argument("--profile", type=int, default=0, help="print the N costliest functions (every thread)")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "quotewise-bench-analyses.pkl",
                        help="the parsed analyses, kept between runs (as bench/storage_cost.py --cache)")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--database-url", help=argparse.SUPPRESS)
    parser.add_argument("--canned", help=argparse.SUPPRESS)
    parser.add_argument("--profile-out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        return serve(args)

    texts, label = bench_texts()
    if args.cache.exists():
        analyses, _parse_cpu = pickle.loads(args.cache.read_bytes())
    else:
        from app.settings import Settings
        from bench.storage_cost import parse

        analyses, _parse_cpu = parse(texts, Settings().spacy_model)
        args.cache.write_bytes(pickle.dumps((analyses, _parse_cpu)))
    folder = Path(tempfile.mkdtemp(prefix="quotewise-bench-serve-"))
    canned = folder / "canned.pkl"
    canned.write_bytes(pickle.dumps(dict(zip(texts, analyses))))
    print(f"{label}, {sum(len(a.quotes) for a in analyses)} quotes; {args.clients} clients, {args.rounds} rounds, "
          f"{args.analysis_workers} analysis workers (canned analyses: no parse)", flush=True)
    results = []
    for endpoint in [args.only] if args.only else ["analyze", "batch"]:
        result = measure(args, texts, canned, endpoint, folder)
        results.append(result)
        print(f"POST /{endpoint}{'' if endpoint == 'analyze' else f' ({args.batch}/request)'}: server "
              f"{result['server_cpu_ms_per_article']} CPU ms/article, analysis workers (transport only) "
              f"{result['worker_cpu_ms_per_article']} CPU ms/article, the benchmark's client "
              f"{result['client_cpu_ms_per_article']} CPU ms/article, {result['wall_s']} s wall"
              + (" (profiled: inflated)" if args.profile else ""), flush=True)
        print("    server threads, CPU ms/article: " + ", ".join(
            f"{name} {ms}" for name, ms in result["server_threads_cpu_ms_per_article"].items()), flush=True)
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
