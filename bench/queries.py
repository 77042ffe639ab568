"""Query latency at scale: builds a SQLite database of 1,000,000 quotes (100,000 articles, 50,000 speakers, 5,000
topics) with bulk SQL — no parsing — through the migrated schema (so the FTS5 triggers and every index are the
real ones), then times 1,000 requests of each query in-process through the ASGI app and prints p50/p99.

    .venv/bin/python bench/queries.py                      # 1M quotes (builds in a few minutes), 1,000 requests each
    .venv/bin/python bench/queries.py --quotes 100000      # smaller and quicker
    .venv/bin/python bench/queries.py --db /tmp/q.db       # keep the database; a second run reuses it
    .venv/bin/python bench/queries.py --db /tmp/q.db --exports   # then: full exports (time, memory) and statistics

Distributions: speakers are drawn per quote from a Zipf-Mandelbrot law (1/(rank+10)), so a few people are quoted
thousands of times and most a handful; names are real first names and surnames (surnames Zipf-weighted, so
"Smith" is shared by hundreds of speakers); quote text is sampled word by word from the word frequencies of the
PolNeAR news articles; topics are the 5,000 commonest content words, 0-3 per quote, Zipf by rank; articles are
dated uniformly over 2015-2025, independently of their id (an archive imported out of order). Queries sample
surnames and topics by how often they are quoted (people ask about who is in the news), and `q` words uniformly
from the 3,000 commonest content words. Figures are wall-clock per request through the ASGI app (TestClient), on a
2-core machine shared with other work.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import (FIRST_NAMES, OUTLETS, ROLES, STOPWORDS, SURNAMES, news_vocabulary, percentile,
                           rss_mib)

START_DATE = datetime(2015, 1, 1, tzinfo=timezone.utc)
DAYS = 11 * 365


def _dt(value: datetime) -> str:
    """The text form SQLAlchemy's DateTime writes to SQLite, so the API's date filters compare like with like."""
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _cumulative(weights: list[float]) -> list[float]:
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


class World:
    """The generated population: names, topics, words, and how popular each is."""

    def __init__(self, *, speakers: int, topics: int, seed: int = 7) -> None:
        rng = random.Random(seed)
        vocabulary = news_vocabulary()
        self.words = [w for w, _ in vocabulary.most_common()]
        self.word_cum = _cumulative([c for _, c in vocabulary.most_common()])
        content = [w for w in self.words if w not in STOPWORDS and len(w) >= 4]
        self.topics = content[:topics]
        self.topic_cum = _cumulative([1 / (rank + 1) for rank in range(len(self.topics))])
        self.query_words = content[:3000]
        surname_cum = _cumulative([1 / (rank + 1) ** 0.55 for rank in range(len(SURNAMES))])  # Smith ~2% of names
        names: dict[str, None] = {}
        while len(names) < speakers:
            first = rng.choice(FIRST_NAMES)
            last = rng.choices(SURNAMES, cum_weights=surname_cum)[0]
            middle = f" {rng.choice('ABCDEFGHJKLMNPRSTW')}." if len(names) > len(FIRST_NAMES) * 200 else ""
            names.setdefault(f"{first}{middle} {last}", None)
        self.speakers = list(names)
        rng.shuffle(self.speakers)  # popularity rank independent of name
        self.speaker_cum = _cumulative([1 / (rank + 10) for rank in range(len(self.speakers))])
        self.roles = [rng.choice(ROLES) for _ in self.speakers]

    def speaker_index(self, rng: random.Random) -> int:
        return rng.choices(range(len(self.speakers)), cum_weights=self.speaker_cum)[0]

    def topic_index(self, rng: random.Random) -> int:
        return rng.choices(range(len(self.topics)), cum_weights=self.topic_cum)[0]


def build(path: Path, *, quotes: int, articles: int, world: World, seed: int = 11) -> float:
    """Creates the schema with the project's migrations, then fills it with executemany; returns seconds."""
    from app.migrations import upgrade_to_head
    from app.text import fold, name_tokens

    started = time.perf_counter()
    url = f"sqlite:///{path}"
    upgrade_to_head(url)
    rng = random.Random(seed)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-400000")
    now = _dt(datetime.now(timezone.utc))

    db.executemany("INSERT INTO topic (id, name) VALUES (?, ?)", ((i + 1, t) for i, t in enumerate(world.topics)))
    db.executemany("INSERT INTO speaker (id, name, name_key, kind) VALUES (?, ?, ?, 'person')",
                   ((i + 1, n, fold(n)) for i, n in enumerate(world.speakers)))
    db.executemany("INSERT INTO speaker_alias (speaker_id, match_key, name) VALUES (?, ?, ?)",
                   ((i + 1, fold(n), n) for i, n in enumerate(world.speakers)))
    db.executemany("INSERT INTO speaker_token (token, speaker_id) VALUES (?, ?)",
                   ((token, i + 1) for i, n in enumerate(world.speakers) for token in name_tokens(n)))

    article_dates = [START_DATE + timedelta(seconds=rng.randrange(DAYS * 86400)) for _ in range(articles)]

    def article_rows():
        for i in range(articles):
            text = f"Archive article {i + 1}: text not stored for the benchmark."
            yield (i + 1, f"https://news.example.org/{i + 1}", hashlib.sha256(text.encode()).hexdigest(),
                   f"Article {i + 1}", rng.choice(OUTLETS), _dt(article_dates[i]), now, text)

    db.executemany("INSERT INTO article (id, url, text_sha256, title, source, published_at, created_at, text) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", article_rows())
    db.commit()

    owners = sorted(rng.randrange(articles) for _ in range(quotes))  # quotes grouped by article, as stored
    chunk = 50_000
    for begin in range(0, quotes, chunk):
        rows, links = [], []
        for quote_id in range(begin + 1, min(quotes, begin + chunk) + 1):
            article = owners[quote_id - 1]
            words = rng.choices(world.words, cum_weights=world.word_cum, k=rng.randint(8, 40))
            text = " ".join(words).capitalize()
            speaker = world.speaker_index(rng) if rng.random() < 0.9 else None
            role = world.roles[speaker] if speaker is not None and rng.random() < 0.8 else None
            start = rng.randrange(0, 5000)
            rows.append((quote_id, article + 1, speaker + 1 if speaker is not None else None, text, start,
                         start + len(text), f"[[{start}, {start + len(text)}]]",
                         rng.choice(("direct", "direct", "indirect", "mixed")), "said",
                         role, round(rng.uniform(0.3, 1.0), 2), _dt(article_dates[article])))
            for topic in {world.topic_index(rng) for _ in range(rng.choice((0, 1, 1, 2, 2, 2, 3, 3)))}:
                links.append((topic + 1, quote_id))
        db.executemany('INSERT INTO quote (id, article_id, speaker_id, text, start, "end", spans, kind, cue_text, '
                       "role, confidence, dated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        db.executemany("INSERT INTO quote_topic (topic_id, quote_id) VALUES (?, ?)", links)
        db.commit()
        print(f"  {min(quotes, begin + chunk):>9,} quotes written ({time.perf_counter() - started:.0f} s)",
              flush=True)
    # Storage keeps topic.quote_count on every write; links inserted in bulk are counted here in one pass.
    db.execute("UPDATE topic SET quote_count = (SELECT COUNT(*) FROM quote_topic WHERE topic_id = topic.id)")
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return time.perf_counter() - started


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as db:
        return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def query_plan(world: World, requests: int, seed: int = 5) -> dict[str, list[tuple[str, dict]]]:
    rng = random.Random(seed)

    def surname() -> str:
        return world.speakers[world.speaker_index(rng)].split()[-1]

    def since() -> str:
        return (START_DATE + timedelta(days=rng.randrange(DAYS))).strftime("%Y-%m-%dT00:00:00Z")

    makers = {
        "quotes?speaker=": lambda: ("/quotes", {"speaker": surname()}),
        "quotes?topic=": lambda: ("/quotes", {"topic": world.topics[world.topic_index(rng)]}),
        "quotes?q=": lambda: ("/quotes", {"q": rng.choice(world.query_words)}),
        "quotes?speaker=&since=": lambda: ("/quotes", {"speaker": surname(), "since": since()}),
        "speakers?name=": lambda: ("/speakers", {"name": surname()}),
    }
    return {name: [make() for _ in range(requests)] for name, make in makers.items()}


class StatementTimer:
    """With --profile: total time per SQL statement shape, to see which one a slow query spends its time in."""

    def __init__(self, engine) -> None:  # noqa: ANN001
        from sqlalchemy import event

        self.totals: dict[str, list[float]] = defaultdict(list)
        self._started: list[float] = []

        @event.listens_for(engine, "before_cursor_execute")
        def _before(*_args) -> None:
            self._started.append(time.perf_counter())

        @event.listens_for(engine, "after_cursor_execute")
        def _after(_conn, _cursor, statement, *_args) -> None:
            self.totals[" ".join(statement.split())[:400]].append(time.perf_counter() - self._started.pop())

    def report(self, top: int = 8) -> None:
        for statement, times in sorted(self.totals.items(), key=lambda kv: -sum(kv[1]))[:top]:
            print(f"    {sum(times) * 1000:8.0f} ms total, p99 {percentile(times, 99) * 1000:6.1f} ms, "
                  f"{len(times)}x  {statement}")
        self.totals.clear()


def measure_exports(path: Path) -> dict:
    """GET /quotes.ndjson and /quotes.csv of every quote, streamed from a real one-worker server (the in-process
    TestClient would buffer the whole body): wall time, lines, bytes, and the worker's resident memory before,
    sampled during (every 100,000 lines) and at its peak (VmHWM) — constant memory means the peak stays near the
    start however many quotes are exported."""
    import httpx

    from bench._server import Server

    results: dict[str, dict] = {}
    with Server(f"sqlite:///{path}", workers=1) as server:
        pid = server.worker_pids()[0]
        results["rss_before_mib"] = round(rss_mib(pid))
        for fmt in ("ndjson", "csv"):
            begun, lines, size, samples = time.perf_counter(), 0, 0, []
            with httpx.stream("GET", f"{server.base_url}/quotes.{fmt}", timeout=None) as response:
                response.raise_for_status()
                for chunk in response.iter_bytes():
                    before = lines
                    lines += chunk.count(b"\n")
                    size += len(chunk)
                    if lines // 100_000 != before // 100_000:
                        samples.append(round(rss_mib(pid)))
            seconds = time.perf_counter() - begun
            results[fmt] = {"seconds": round(seconds, 1), "lines": lines, "mib": round(size / 2**20),
                            "quotes_per_second": round(lines / seconds), "rss_samples_mib": samples}
            print(f"GET /quotes.{fmt}: {lines:,} lines, {size / 2**20:.0f} MiB in {seconds:.1f} s "
                  f"({lines / seconds:,.0f} quotes/s); worker RSS while streaming (MiB): {samples}", flush=True)
        results["rss_peak_mib"] = round(rss_mib(pid, "VmHWM"))
        for name, params in (("stats_all_ms", {}), ("stats_one_outlet_ms", {"source": OUTLETS[0]}),
                             ("stats_one_year_ms", {"since": "2024-01-01T00:00:00Z", "until": "2025-01-01T00:00:00Z"})):
            begun = time.perf_counter()
            httpx.get(f"{server.base_url}/stats/sources", params=params, timeout=None).raise_for_status()
            results[name] = round((time.perf_counter() - begun) * 1000)
            print(f"GET /stats/sources {params or ''}: {results[name]} ms", flush=True)
    print(f"worker resident memory: {results['rss_before_mib']} MiB before the exports, peak {results['rss_peak_mib']} "
          "MiB (VmHWM, includes the loaded pipeline)")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, help="default: quotes / 10")
    parser.add_argument("--speakers", type=int, help="default: quotes / 20")
    parser.add_argument("--topics", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=1000, help="timed requests per query")
    parser.add_argument("--db", type=Path, help="database file to build, or reuse when it already holds the data")
    parser.add_argument("--profile", action="store_true", help="print the slowest SQL statements per query")
    parser.add_argument("--exports", action="store_true",
                        help="only measure GET /quotes.ndjson and /quotes.csv of every quote, and GET /stats/sources, "
                             "on the --db of an earlier run")
    args = parser.parse_args(argv)
    if args.exports:
        if not args.db or not args.db.exists():
            sys.exit("--exports needs the --db of an earlier run")
        from app.migrations import upgrade_to_head

        upgrade_to_head(f"sqlite:///{args.db}")
        print(json.dumps({"quotes": _count(args.db, "quote"), "exports": measure_exports(args.db)}))
        return 0
    articles = args.articles or max(1, args.quotes // 10)
    speakers = args.speakers or max(1, args.quotes // 20)

    from fastapi.testclient import TestClient

    from app.db import make_engine
    from app.main import create_app
    from app.settings import Settings

    path = args.db or Path(tempfile.mkdtemp(prefix="quotewise-queries-")) / "queries.db"
    world = World(speakers=speakers, topics=args.topics)
    if path.exists() and _count(path, "quote") == args.quotes:
        print(f"reusing {path} ({args.quotes:,} quotes), migrated to the latest schema")
        from app.migrations import upgrade_to_head

        upgrade_to_head(f"sqlite:///{path}")
        build_seconds = None
    else:
        if path.exists():
            sys.exit(f"{path} exists with other data; remove it or pick another --db")
        print(f"building {path}: {args.quotes:,} quotes, {articles:,} articles, {speakers:,} speakers, "
              f"{len(world.topics):,} topics")
        build_seconds = build(path, quotes=args.quotes, articles=articles, world=world)
        print(f"built in {build_seconds:.0f} s, {path.stat().st_size / 2**20:.0f} MiB")

    url = f"sqlite:///{path}"
    settings = Settings(database_url=url, open_access=True, api_keys="")
    engine = make_engine(url)
    timer = StatementTimer(engine) if args.profile else None
    app = create_app(settings, engine=engine)  # its Analyzer's worker process idles: queries need no parse
    plans = query_plan(world, args.requests)
    results: dict[str, dict] = {}
    failures: list[str] = []
    with TestClient(app) as client:
        rss_before = rss_mib()
        for name, requests in plans.items():
            for path_, params in requests[:20]:  # warm-up, untimed
                client.get(path_, params=params)
            if timer:
                timer.totals.clear()
            times, totals = [], []
            for path_, params in requests:
                begun = time.perf_counter()
                response = client.get(path_, params=params)
                times.append((time.perf_counter() - begun) * 1000)
                if response.status_code != 200:
                    failures.append(f"{name} {params}: {response.status_code} {response.text[:200]}")
                    continue
                totals.append(response.json()["total"])
            results[name] = {"p50_ms": round(percentile(times, 50), 2), "p99_ms": round(percentile(times, 99), 2),
                             "max_ms": round(max(times), 2),
                             "median_total": sorted(totals)[len(totals) // 2] if totals else None,
                             "max_total": max(totals) if totals else None}
            print(f"{name:<24} p50 {results[name]['p50_ms']:6.2f} ms   p99 {results[name]['p99_ms']:6.2f} ms   "
                  f"max {results[name]['max_ms']:7.2f} ms   matches: median {results[name]['median_total']}, "
                  f"max {results[name]['max_total']}", flush=True)
            if timer:
                timer.report()

        # Deep pagination: the 200th page of the most quoted topic, by cursor (walking next_cursor) and by offset.
        topic = world.topics[0]
        cursor, cursor_times = None, []
        for _ in range(200):
            params = {"topic": topic, "limit": 50} | ({"cursor": cursor} if cursor else {})
            begun = time.perf_counter()
            page = client.get("/quotes", params=params).json()
            cursor_times.append((time.perf_counter() - begun) * 1000)
            cursor = page["next_cursor"]
            if cursor is None:
                break
        begun = time.perf_counter()
        client.get("/quotes", params={"topic": topic, "limit": 50, "offset": 50 * (len(cursor_times) - 1)})
        offset_ms = (time.perf_counter() - begun) * 1000
        results["deep_pagination"] = {"topic": topic, "pages": len(cursor_times),
                                      "cursor_last_page_ms": round(cursor_times[-1], 2),
                                      "cursor_p99_ms": round(percentile(cursor_times, 99), 2),
                                      "offset_same_page_ms": round(offset_ms, 2)}
        print(f"deep pagination (topic={topic!r}, page {len(cursor_times)}): by cursor {cursor_times[-1]:.2f} ms "
              f"(p99 over the pages {percentile(cursor_times, 99):.2f} ms), by offset {offset_ms:.2f} ms")
        rss_after = rss_mib()
    engine.dispose()

    print(f"resident memory of this process (app in-process, no parser): {rss_before:.0f} MiB before the queries, "
          f"{rss_after:.0f} MiB after")
    met = all(r["p99_ms"] < 20 for k, r in results.items() if k != "deep_pagination")
    print(f"target p99 < 20 ms for every query: {'met' if met else 'NOT met'}")
    for failure in failures[:10]:
        print("FAILED:", failure)
    summary = {"quotes": _count(path, "quote"), "articles": _count(path, "article"),
               "speakers": _count(path, "speaker"), "topics": _count(path, "topic"),
               "build_seconds": round(build_seconds, 1) if build_seconds else None, "requests": args.requests,
               "results": results, "rss_mib": {"before": round(rss_before), "after": round(rss_after)},
               "p99_target_met": met, "failures": len(failures)}
    print(json.dumps(summary))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
