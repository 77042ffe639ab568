"""CPU the quotewise components and `extract_analysis` add on top of the stock spaCy parse, on the PolNeAR dev texts.

Run from the project root: `python -m bench.overhead_cpu [--rounds 3] [--limit N] [--profile N]`.
Wall-clock rates on a shared machine move with other people's jobs; CPU time (`time.process_time`) of one process
does much less, so this times, in one process and alternating (bare, full, bare, full, ...), the bare stock model
(the floor of `bench/throughput.py`) and the full pipeline plus `extract_analysis` over the same texts, one text
per call as the service parses them. Prints, per round, the CPU seconds of each and the ratio bare/full (the
throughput ratio `bench/throughput.py` reports, here in CPU), then the best ratio; then each component's CPU
seconds (stock and quotewise, the least of --passes more passes calling the components one by one) and the
quotewise share of the bare parse. `--profile N` prints the cProfile top N (by own time) of the quotewise components and extraction.
Ends with one JSON line.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from bench._common import bench_texts, load_pipeline  # noqa: E402 - after the path is set


def cpu_of_pass(nlp, texts: list[str], *, extract: bool) -> float:  # noqa: ANN001 - a spaCy Language
    from app.nlp.contract import extract_analysis

    started = time.process_time()
    for text in texts:
        doc = nlp(text)
        if extract:
            extract_analysis(doc)
    return time.process_time() - started


def cpu_by_component(nlp, texts: list[str], profile: cProfile.Profile | None = None) -> dict[str, float]:  # noqa: ANN001
    """CPU seconds of the tokenizer, each component and `extract_analysis`, calling them one by one; the profile,
    when given, covers only the quotewise components and the extraction."""
    from app.nlp.contract import extract_analysis

    seconds: dict[str, float] = {"tokenizer": 0.0}
    for text in texts:
        began = time.process_time()
        doc = nlp.make_doc(text)
        seconds["tokenizer"] += time.process_time() - began
        for name, component in nlp.pipeline:
            ours = name.startswith("quotewise_")
            began = time.process_time()
            if profile is not None and ours:
                profile.enable()
            doc = component(doc)
            if profile is not None and ours:
                profile.disable()
            seconds[name] = seconds.get(name, 0.0) + time.process_time() - began
        began = time.process_time()
        if profile is not None:
            profile.enable()
        extract_analysis(doc)
        if profile is not None:
            profile.disable()
        seconds["extract_analysis"] = seconds.get("extract_analysis", 0.0) + time.process_time() - began
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="alternating bare/full rounds (default 3)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N texts")
    parser.add_argument("--passes", type=int, default=3, help="component passes, the least of each kept (default 3)")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="print the cProfile top N")
    args = parser.parse_args(argv)

    from app.settings import Settings

    texts, label = bench_texts()
    if args.limit:
        texts, label = texts[: args.limit], f"{label}, first {args.limit}"
    model = Settings().spacy_model
    bare, full = load_pipeline("bare", model), load_pipeline("full", model)
    for nlp in (bare, full):  # warm-up: first calls fill lazy tables and caches
        cpu_of_pass(nlp, texts[:3], extract=nlp is full)
    print(f"{label}, {sum(map(len, texts)):,} characters, model {model}")
    rounds = []
    for round_ in range(args.rounds):
        bare_s = cpu_of_pass(bare, texts, extract=False)
        full_s = cpu_of_pass(full, texts, extract=True)
        rounds.append((bare_s, full_s))
        print(f"round {round_ + 1}: bare {bare_s:.2f} s CPU, full + extract_analysis {full_s:.2f} s CPU, "
              f"ratio bare/full {bare_s / full_s:.3f}")
    ratios = [b / f for b, f in rounds] or [0.0]
    total_bare = sum(b for b, _ in rounds)
    total_full = sum(f for _, f in rounds) or 1.0
    print(f"ratio bare/full: best {max(ratios):.3f}, over all rounds {total_bare / total_full:.3f}")

    passes = [cpu_by_component(full, texts) for _ in range(max(1, args.passes))]
    seconds = {name: min(run[name] for run in passes) for name in passes[0]}
    parse = sum(s for name, s in seconds.items() if not name.startswith("quotewise_") and name != "extract_analysis")
    added = {name: s for name, s in seconds.items() if name.startswith("quotewise_") or name == "extract_analysis"}
    print(f"stock components and tokenizer: {parse:.2f} s CPU")
    for name, s in seconds.items():
        share = f"  {s / parse:.3f} of the parse" if name in added else ""
        print(f"  {name:28s} {s:6.3f} s{share}")
    print(f"quotewise components + extract_analysis: {sum(added.values()):.3f} s CPU, "
          f"{sum(added.values()) / parse:.3f} of the parse; {1000 * sum(added.values()) / len(texts):.2f} ms/article")
    if args.profile:  # a pass of its own: the profiler's overhead would swell the component times above
        profile = cProfile.Profile()
        cpu_by_component(full, texts, profile)
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.profile)
    print(json.dumps({
        "texts": label, "ratio_best": round(max(ratios), 3), "ratio_all": round(total_bare / total_full, 3),
        "rounds": [[round(b, 2), round(f, 2)] for b, f in rounds],
        "added_share_of_parse": round(sum(added.values()) / parse, 4),
        "added_seconds": {name: round(s, 3) for name, s in added.items()},
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
