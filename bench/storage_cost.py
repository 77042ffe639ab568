"""What storing an analysed article costs beside parsing it, in CPU seconds of this one process: the PolNeAR dev
texts (else the seed article repeated) are parsed once with the full pipeline, then stored, one transaction per
article as the service does, into a fresh migrated SQLite database, then each read back and rendered as the answer
to POST /analyze is. CPU time, not wall time, so that other work on a shared machine moves the figure little; the
storage figure is what the server process does per article (SQL, name matching, display names), not the parse.

    .venv/bin/python bench/storage_cost.py                  # parse, then store
    .venv/bin/python bench/storage_cost.py --profile 25     # and the 25 costliest functions of storage

It then times the write path of the answers as the routes run it, storing and building each answer from the rows
written (storage.store_all_and_answer): one article per call, as POST /analyze, against the articles taken
STORE_TOGETHER at a time, as POST /analyze/batch stores them (on SQLite in one transaction), in alternation.
"""

from __future__ import annotations

import argparse
import cProfile
import pickle
import pstats
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import bench_texts


def parse(texts: list[str], model: str) -> tuple[list, float]:
    from app.services.analysis_worker import quotewise_pipeline

    analyse = quotewise_pipeline(model)
    list(analyse(texts[:2]))  # warm-up
    started = time.process_time()
    analyses = list(analyse(texts))
    return analyses, time.process_time() - started


def store(texts: list[str], analyses: list, profile: cProfile.Profile | None) -> tuple[float, float, int, float]:
    from sqlalchemy import event
    from sqlmodel import Session

    from app.db import make_engine
    from app.migrations import upgrade_to_head
    from app.services.analysis import stored_articles
    from app.services.storage import ArticleInput, store_article

    url = f"sqlite:///{Path(tempfile.mkdtemp(prefix='quotewise-bench-storage-')) / 'storage.db'}"
    upgrade_to_head(url)
    engine = make_engine(url)
    statements = 0

    def count(*_args) -> None:
        nonlocal statements
        statements += 1

    event.listen(engine, "before_cursor_execute", count)
    cpu, wall = time.process_time(), time.perf_counter()
    if profile:
        profile.enable()
    with Session(engine) as session:
        ids = [store_article(session=session, article=ArticleInput(text=text), quotes=analysis.quotes,
                             entities=analysis.entities, pipeline_version="bench")[0]
               for text, analysis in zip(texts, analyses)]
    if profile:
        profile.disable()
    storing, wall, stored_statements = time.process_time() - cpu, time.perf_counter() - wall, statements
    cpu = time.process_time()
    for article_id in ids:  # as POST /analyze answers: the stored analysis, read back and rendered as JSON
        stored_articles(engine=engine, article_ids=[article_id])[article_id].model_dump_json()
    answering = time.process_time() - cpu
    engine.dispose()
    return storing, wall, stored_statements, answering


def store_answering(texts: list[str], analyses: list, together: int, tag: str) -> float:
    """CPU seconds to store every article and build its answer, `together` articles per call, as the routes do."""
    from sqlmodel import Session

    from app.db import make_engine
    from app.migrations import upgrade_to_head
    from app.services.storage import ArticleInput, store_all_and_answer

    url = f"sqlite:///{Path(tempfile.mkdtemp(prefix='quotewise-bench-storage-')) / 'answering.db'}"
    upgrade_to_head(url)
    engine = make_engine(url)
    analysed = [(ArticleInput(text=f"{text}\n({tag})"), analysis) for text, analysis in zip(texts, analyses)]
    cpu = time.process_time()
    for start in range(0, len(analysed), together):
        with Session(engine) as session:
            stored = store_all_and_answer(session=session, analysed=analysed[start:start + together],
                                          pipeline_version="bench")
        assert all(detail is not None for _, detail in stored)
    spent = time.process_time() - cpu
    engine.dispose()
    return spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--profile", type=int, default=0, help="print the N costliest functions of storage")
    parser.add_argument("--repeats", type=int, default=3, help="storage runs, each into a fresh database; the "
                        "least CPU is kept")
    parser.add_argument("--cache", type=Path, help="keep the parsed analyses in this pickle file and reuse them")
    args = parser.parse_args(argv)

    from app.settings import Settings

    texts, label = bench_texts()
    if args.cache and args.cache.exists():
        analyses, parse_cpu = pickle.loads(args.cache.read_bytes())
    else:
        analyses, parse_cpu = parse(texts, Settings().spacy_model)
        if args.cache:
            args.cache.write_bytes(pickle.dumps((analyses, parse_cpu)))
    quotes = sum(len(a.quotes) for a in analyses)
    print(f"{label}: {quotes} quotes; parse {parse_cpu:.2f} CPU s ({parse_cpu / len(texts) * 1000:.0f} ms/article)")
    runs = []
    for repeat in range(args.repeats):
        profile = cProfile.Profile() if args.profile and repeat == 0 else None
        runs.append(store(texts, analyses, profile))
        if profile:
            pstats.Stats(profile).sort_stats("cumulative").print_stats(args.profile)
    cpu, wall, statements, answering = min(runs)
    print(f"storage: {cpu:.2f} CPU s ({wall:.2f} s wall, {statements / len(texts):.1f} SQL statements/article) "
          f"= {cpu / parse_cpu:.3f} of the parse's CPU time (runs: {', '.join(f'{r[0]:.2f}' for r in runs)})")
    print(f"reading back and rendering each stored article (the answer): {answering:.2f} CPU s "
          f"= {answering / parse_cpu:.3f} of the parse's CPU time")
    from app.services.analysis import STORE_TOGETHER

    spent: dict[int, list[float]] = {1: [], STORE_TOGETHER: []}
    for repeat in range(args.repeats):
        for together in spent:
            spent[together].append(store_answering(texts, analyses, together, f"{repeat}/{together}"))
    for together, runs in spent.items():
        print(f"storing and answering, {together} article(s) per call: {min(runs) / len(texts) * 1000:.2f} CPU ms "
              f"per article (runs: {', '.join(f'{r / len(texts) * 1000:.2f}' for r in runs)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
