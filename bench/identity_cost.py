"""Cost of the speaker-identity step on a worst case: `python -m bench.identity_cost [--chars 200000]`.

A long list of distinct names ("Ana Smith, Tom Ruiz, …") gives the entity table and the identity component as many
names as an article can hold. Prints the bare spaCy parse time, each quotewise component's time, and the ratio of
the entity table plus identity to the parse; the identity step must stay linear (ratio well under 2).
"""

from __future__ import annotations

import argparse
import random
import time

from app.nlp.pipeline import build_pipeline

_SYLLABLES = "ka ro li ma ten su vo ra bel no di an et mo pa ri lu ze".split()
_FIRST = "Ana Tom Lia Bill Jeff Mara Pete Dana Lena Marco Ada Tala Omar Ines Yuki Kofi".split()


def name_list(chars: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    names: list[str] = []
    total = 0
    while total < chars:
        surname = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        name = f"{rng.choice(_FIRST)} {surname}"
        names.append(name)
        total += len(name) + 2
    return ", ".join(names)[:chars]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=200_000)
    args = parser.parse_args()
    nlp = build_pipeline()
    nlp.max_length = max(nlp.max_length, args.chars + 1)
    text = name_list(args.chars)
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
    print(f"entity table + identity / bare parse: {identity / parse:.2f}")


if __name__ == "__main__":
    main()
