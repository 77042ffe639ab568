"""Per-component cost of the quotewise pipeline on hostile input classes, at two sizes: is every component linear?

Run from the project root: `python bench/nlp_scaling.py [--sizes 20000 80000] [--classes names yes_she_said …]
[--profile CLASS]`. The texts are bench/_texts.py's; the model is the service's (QUOTEWISE_SPACY_MODEL).
For each input class and size it prints the bare spaCy parse (the stock model, the floor), the seconds of each
pipeline component, the full pipeline's total and its ratio to the bare parse; a linear component takes about
`large/small` times as long at the larger size (4x from 20k to 80k characters). `--profile CLASS` prints the
cProfile top of the full pipeline on that class at the largest size instead. Ends with one JSON line.
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

from bench import _texts as texts  # noqa: E402 - after the path is set

# The classes timed by default; any class of bench/_texts.py may be asked for.
DEFAULT_CLASSES = ["news", "names", "yes_she_said", "no_full_stops", "yes_one_sentence", "one_line_paragraphs",
                   "all_caps", "number_table", "punctuation_runs"]


def time_components(nlp, text: str) -> tuple[dict[str, float], float]:
    seconds: dict[str, float] = {}
    start = time.perf_counter()
    doc = nlp.make_doc(text)
    seconds["tokenizer"] = time.perf_counter() - start
    for name, component in nlp.pipeline:
        began = time.perf_counter()
        doc = component(doc)
        seconds[name] = time.perf_counter() - began
    return seconds, sum(seconds.values())


def bare_parse_seconds(bare, text: str) -> float:
    start = time.perf_counter()
    bare(text)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 80_000])
    parser.add_argument("--classes", nargs="+", default=DEFAULT_CLASSES, choices=list(texts.CLASSES), metavar="CLASS",
                        help=f"default: {' '.join(DEFAULT_CLASSES)}; any of: {' '.join(texts.CLASSES)}")
    parser.add_argument("--profile", choices=list(texts.CLASSES), metavar="CLASS",
                        help="cProfile the full pipeline on this class")
    args = parser.parse_args(argv)

    import spacy

    from app.nlp.pipeline import UNUSED_STOCK_COMPONENTS, build_pipeline
    from app.settings import Settings

    model = Settings().spacy_model
    nlp = build_pipeline(model)
    nlp.max_length = max(nlp.max_length, max(args.sizes) + 1)
    if args.profile:
        text = texts.CLASSES[args.profile](max(args.sizes))
        profiler = cProfile.Profile()
        profiler.enable()
        nlp(text)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
        return 0
    bare = spacy.load(model, exclude=list(UNUSED_STOCK_COMPONENTS))
    bare.max_length = nlp.max_length
    results = []
    for name in args.classes:
        for size in args.sizes:
            text = texts.CLASSES[name](size)
            floor = bare_parse_seconds(bare, text)
            seconds, total = time_components(nlp, text)
            own = {k: v for k, v in seconds.items() if k.startswith("quotewise_")}
            results.append({"class": name, "chars": len(text), "bare_s": round(floor, 3), "pipeline_s": round(total, 3),
                            "ratio": round(total / floor, 2) if floor else None,
                            "components_s": {k: round(v, 4) for k, v in own.items()}})
            slowest = sorted(own.items(), key=lambda item: -item[1])[:3]
            print(f"{name:20s} {len(text):>8,} chars  bare {floor:7.2f}s  pipeline {total:7.2f}s  "
                  f"x{total / floor if floor else 0:5.2f}  quotewise {sum(own.values()):6.2f}s  slowest: "
                  + ", ".join(f"{k.removeprefix('quotewise_')} {v:.3f}s" for k, v in slowest), flush=True)
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
