"""Where parses run. The app gives every service one executor with `parses_per_worker` threads, shared by
/analyze and /analyze/batch: parsing is CPU-bound under the GIL, so more parses at once only make queries wait, and
every thread that ever parsed keeps a malloc arena grown to its working memory (measured: 8 threads piping the
PolNeAR dev texts held 1.1 GB against 0.2 GB on one). Without an executor (scripts, tests) a parse runs inline."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor
from typing import TypeVar

T = TypeVar("T")


def run_parse(parser: Executor | None, work: Callable[..., T], *args: object) -> T:
    return work(*args) if parser is None else parser.submit(work, *args).result()
