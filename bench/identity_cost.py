"""Cost of the speaker-identity step on a worst case: `python -m bench.identity_cost [--chars 200000]`.

A long list of distinct names ("Ana Rokali, Tom Suvo, …", bench/_texts.py) gives the entity table and the identity
component as many names as an article can hold. Prints the bare spaCy parse time, each quotewise component's time,
and the ratio of the entity table plus identity to the parse; the identity step must stay linear: exits 1 when the
ratio is over TARGET_RATIO (2). The model is the service's (QUOTEWISE_SPACY_MODEL).
"""

from __future__ import annotations

import argparse
import sys
import time

from app.nlp.pipeline import build_pipeline
from app.settings import Settings
from bench import _texts as texts

TARGET_RATIO = 2.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=200_000)
    args = parser.parse_args(argv)
    nlp = build_pipeline(Settings().spacy_model)
    nlp.max_length = max(nlp.max_length, args.chars + 1)
    text = texts.names(args.chars, seed=0, invented_surnames=True)
    before_parser = nlp.pipe_names[: nlp.pipe_names.index("parser")] if "parser" in nlp.pipe_names else []
    ours = [name for name in nlp.pipe_names if name.startswith("quotewise_") and name not in before_parser]
    started = time.perf_counter()
    with nlp.select_pipes(disable=ours):
        doc = nlp(text)
    parse = time.perf_counter() - started
    times: dict[str, float] = {}
    for name in ours:
        started = time.perf_counter()
        doc = nlp.get_pipe(name)(doc)
        times[name] = time.perf_counter() - started
    identity = times.get("quotewise_entities", 0.0) + times.get("quotewise_identity", 0.0)
    print(f"characters: {len(text)}  tokens: {len(doc)}  bare parse: {parse:.2f} s")
    for name, seconds in times.items():
        print(f"  {name:28s} {seconds:6.2f} s")
    ratio = identity / parse
    met = ratio <= TARGET_RATIO
    print(f"entity table + identity / bare parse: {ratio:.2f} (target <= {TARGET_RATIO:g}: {'met' if met else 'MISSED'})")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
