"""Load test: a real 2-worker server on SQLite (loopback only), N concurrent clients for D seconds mixing
`POST /analyze` of distinct articles with quote, speaker, topic and article queries; then a check of the database
that every article acknowledged with 201 is stored exactly once with all its quotes and topic links.

    .venv/bin/python -m bench.load                      # 50 clients, 60 s
    .venv/bin/python -m bench.load --clients 10 --duration 10

Prints requests, errors, p50/p99 latency per kind, throughput, the workers' resident memory, and the check's
results; exits 1 on any error or any lost, duplicated or partial article. Bounded: at most --max-requests requests,
and requests still in flight at the end get at most --timeout seconds.

The functions here (ArticleFactory, run_load, check_database, ...) are reused by bench/fault.py and the tests.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import random
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make `bench` and `app` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
from sqlalchemy import bindparam, create_engine, text
from sqlalchemy.engine import Engine, make_url

from bench._server import PROJECT_ROOT, Server, migrate

POLNEAR_DEV = PROJECT_ROOT.parent / "shared" / "eval" / "polnear" / "dev.jsonl"
SEED_TEXT = PROJECT_ROOT / "seeds" / "seed-article.txt"

# Shared by many articles, so speaker and topic upserts race between workers.
SHARED_SPEAKERS = [
    ("Maria Lopez", "a spokeswoman for the city council"),
    ("David Okafor", "the regional health director"),
    ("Anna Schmidt", "a senior economist at the central bank"),
    ("Kenji Watanabe", "the chairman of the port authority"),
    ("Fatima Haddad", "a lawyer for the families"),
]
SHARED_TOPICS = ["budget", "hospital", "election", "harbour", "inflation", "court", "water supply", "school"]
KINDS = ("analyze", "quotes", "speakers", "topics", "article")
WEIGHTS = (35, 30, 15, 10, 10)


# --------------------------------------------------------------------------------------------------- articles


def _base_texts(max_chars: int = 6000) -> list[str]:
    texts: list[str] = []
    if POLNEAR_DEV.exists():
        for line in POLNEAR_DEV.read_text(encoding="utf-8").splitlines():
            if line.strip():
                body = json.loads(line)["text"].strip()
                if 300 <= len(body) <= max_chars:
                    texts.append(body)
    seed = SEED_TEXT.read_text(encoding="utf-8").strip()
    paragraphs = [p.strip() for p in seed.split("\n\n") if p.strip()]
    texts.append(seed)
    # Recombined halves of the seed article, so there are bases even without the evaluation data.
    for start in range(0, max(1, len(paragraphs) - 3), 3):
        texts.append("\n\n".join(paragraphs[start:start + 6]))
    return texts


def sha256(article_text: str) -> str:
    return hashlib.sha256(article_text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class GeneratedArticle:
    n: int
    payload: dict

    @property
    def text(self) -> str:
        return self.payload["text"]

    @property
    def sha(self) -> str:
        return sha256(self.payload["text"])

    @property
    def url(self) -> str | None:
        return self.payload.get("url")


class ArticleFactory:
    """Distinct articles: a real news text (PolNeAR dev set, else the seed article) followed by a paragraph with
    a counter and a quotation by one of a few shared speakers about one of a few shared topics. Every other article
    has a URL. Deterministic in (run id, n)."""

    def __init__(self, run_id: str | None = None, *, max_chars: int = 6000):
        self.run_id = run_id or uuid.uuid4().hex[:10]
        self.bases = _base_texts(max_chars)
        self._next = 0

    def make(self, n: int) -> GeneratedArticle:
        rng = random.Random(f"{self.run_id}:{n}")
        base = self.bases[n % len(self.bases)]
        name, role = SHARED_SPEAKERS[rng.randrange(len(SHARED_SPEAKERS))]
        topic = SHARED_TOPICS[rng.randrange(len(SHARED_TOPICS))]
        extra = (
            f"\n\n\u201cWe have reviewed {n + 2} reports on the {topic} since Monday, and we expect more,\u201d "
            f"said {name}, {role}. The figures were published on page {rng.randrange(2, 90)} of run "
            f"{self.run_id} item {n}."
        )
        payload = {
            "text": base + extra,
            "title": f"Load article {self.run_id}-{n}",
            "source": "Quotewise load",
            "published_at": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}T08:00:00Z",
        }
        if n % 2 == 0:
            payload["url"] = f"https://load.example.org/{self.run_id}/{n}"
        return GeneratedArticle(n, payload)

    def next(self) -> GeneratedArticle:
        article = self.make(self._next)
        self._next += 1
        return article


# ------------------------------------------------------------------------------------------------------- load


@dataclass
class Acknowledged:
    """What a 201 (or 200) response said was stored."""

    article_id: int
    status: int
    quote_count: int
    quotes: dict[int, tuple[int, int, int | None, frozenset[str]]]  # quote id -> (start, end, speaker id, topics)

    @classmethod
    def from_response(cls, status: int, body: dict) -> "Acknowledged":
        quotes = {
            q["id"]: (q["start"], q["end"], (q.get("speaker") or {}).get("id"), frozenset(q["topics"]))
            for q in body["quotes"]
        }
        return cls(body["id"], status, body["quote_count"], quotes)


@dataclass
class LoadState:
    factory: ArticleFactory
    max_requests: int
    started: float = field(default_factory=time.monotonic)
    issued: int = 0
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    errors: list[tuple[str, str, float]] = field(default_factory=list)  # kind, what, when (monotonic)
    interrupted: list[tuple[str, str]] = field(default_factory=list)  # failures expected because of a kill
    sent: dict[str, GeneratedArticle] = field(default_factory=dict)  # sha -> article, every POSTed article
    acked: dict[str, Acknowledged] = field(default_factory=dict)  # sha -> what the 201 said
    unexpected_200: list[str] = field(default_factory=list)  # distinct article answered "already stored"
    throttled: int = 0  # 429/503 with Retry-After: admission control said "later"; the client waited and went on
    article_ids: list[int] = field(default_factory=list)
    stop: asyncio.Event | None = None
    expect_failures: bool = False  # set by the fault script just before it kills the server

    @property
    def requests(self) -> int:
        return sum(sum(c.values()) for c in self.statuses.values())


def _query(kind: str, rng: random.Random, state: LoadState) -> tuple[str, dict]:
    if kind == "quotes":
        choice = rng.randrange(4)
        if choice == 0:
            return "/quotes", {"speaker": rng.choice(SHARED_SPEAKERS)[0].split()[-1]}
        if choice == 1:
            return "/quotes", {"topic": rng.choice(SHARED_TOPICS)}
        if choice == 2:
            return "/quotes", {"q": rng.choice(["reports", "expect", "figures", "said", "government"])}
        return "/quotes", {"limit": 20}
    if kind == "speakers":
        return "/speakers", ({"name": rng.choice(SHARED_SPEAKERS)[0].split()[0]} if rng.random() < 0.7 else {})
    if kind == "topics":
        return "/topics", ({"prefix": rng.choice(SHARED_TOPICS)[:3]} if rng.random() < 0.5 else {})
    if state.article_ids:
        return f"/articles/{rng.choice(state.article_ids)}", {}
    return "/articles", {"limit": 10}


async def _one_request(client: httpx.AsyncClient, kind: str, rng: random.Random, state: LoadState) -> None:
    article = None
    if kind == "analyze":
        article = state.factory.next()
        state.sent[article.sha] = article
    begun = time.monotonic()
    try:
        if article is not None:
            response = await client.post("/analyze", json=article.payload)
        else:
            path, params = _query(kind, rng, state)
            response = await client.get(path, params=params)
    except Exception as error:  # noqa: BLE001 - every failure is counted
        what = f"{type(error).__name__}: {error}"[:200]
        state.statuses[kind]["exception"] += 1
        (state.interrupted if state.expect_failures else state.errors).append(
            (kind, what) if state.expect_failures else (kind, what, time.monotonic())
        )
        return
    elapsed = time.monotonic() - begun
    state.latencies[kind].append(elapsed)
    state.statuses[kind][response.status_code] += 1
    if response.status_code in (429, 503) and "retry-after" in response.headers and article is not None:
        state.throttled += 1  # refused before analysis, nothing stored: a well-behaved client waits as told (capped)
        del state.sent[article.sha]  # answered, and not stored: not an article in doubt
        await asyncio.sleep(min(float(response.headers["retry-after"]), 5.0))
        return
    if response.status_code >= 300:
        entry = f"HTTP {response.status_code}: {response.text[:200]}"
        if state.expect_failures:
            state.interrupted.append((kind, entry))
        else:
            state.errors.append((kind, entry, time.monotonic()))
        return
    if article is not None:
        body = response.json()
        state.acked[article.sha] = Acknowledged.from_response(response.status_code, body)
        state.article_ids.append(body["id"])
        if response.status_code != 201:
            state.unexpected_200.append(article.sha)


async def _client_loop(client: httpx.AsyncClient, cid: int, state: LoadState, deadline: float) -> None:
    rng = random.Random(f"{state.factory.run_id}:client:{cid}")
    while time.monotonic() < deadline and state.issued < state.max_requests and not state.stop.is_set():
        state.issued += 1
        kind = rng.choices(KINDS, WEIGHTS)[0]
        await _one_request(client, kind, rng, state)


async def run_load(
    base_url: str, state: LoadState, *, clients: int, duration: float, timeout: float = 120.0
) -> None:
    """Runs `clients` concurrent clients until `duration` elapses, `state.max_requests` have been issued, or
    `state.stop` is set; requests in flight then finish (or time out after `timeout`)."""
    state.stop = state.stop or asyncio.Event()
    limits = httpx.Limits(max_connections=clients + 5, max_keepalive_connections=clients + 5)
    async with httpx.AsyncClient(base_url=base_url, timeout=timeout, limits=limits) as client:
        deadline = time.monotonic() + duration
        await asyncio.gather(*(_client_loop(client, cid, state, deadline) for cid in range(clients)))


def percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def report_load(state: LoadState, elapsed: float, *, title: str = "load") -> list[str]:
    lines = [f"== {title}: {state.requests} requests in {elapsed:.1f} s = {state.requests / max(elapsed, 1e-9):.1f} req/s"]
    everything: list[float] = []

    def fmt(v: float | None) -> str:
        return "-" if v is None else f"{v * 1000:.0f} ms"

    lines.append(f"   {'kind':10} {'requests':>8} {'errors':>6} {'p50':>9} {'p99':>9} {'max':>9}  statuses")
    for kind in KINDS:
        lat = state.latencies.get(kind, [])
        everything += lat
        count = sum(state.statuses[kind].values())
        errors = sum(1 for e in state.errors if e[0] == kind)
        statuses = ", ".join(f"{k}: {v}" for k, v in sorted(state.statuses[kind].items(), key=str))
        lines.append(f"   {kind:10} {count:8d} {errors:6d} {fmt(percentile(lat, 50)):>9} {fmt(percentile(lat, 99)):>9} "
                     f"{fmt(max(lat) if lat else None):>9}  {statuses}")
    lines.append(f"   {'all':10} {state.requests:8d} {len(state.errors):6d} {fmt(percentile(everything, 50)):>9} "
                 f"{fmt(percentile(everything, 99)):>9} {fmt(max(everything) if everything else None):>9}")
    created = sum(1 for a in state.acked.values() if a.status == 201)
    lines.append(f"   articles: {len(state.sent)} posted, {created} acknowledged with 201, "
                 f"{len(state.unexpected_200)} unexpected 200 (distinct text reported as already stored)")
    if state.throttled:
        lines.append(f"   throttled by admission control (429/503 with Retry-After, not errors): {state.throttled}")
    for kind, what, _when in state.errors[:10]:
        lines.append(f"   error [{kind}] {what}")
    if len(state.errors) > 10:
        lines.append(f"   ... and {len(state.errors) - 10} more errors")
    if state.interrupted:
        lines.append(f"   interrupted by the kill (not counted as errors): {len(state.interrupted)} "
                     f"({Counter(k for k, _ in state.interrupted)})")
    return lines


# ------------------------------------------------------------------------------------------------ the check


def _chunks(items: list, size: int = 400):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def check_engine(database_url: str) -> Engine:
    if make_url(database_url).get_backend_name() == "sqlite":
        return create_engine(database_url, connect_args={"timeout": 60})
    return create_engine(database_url)


@dataclass
class StoredArticle:
    article_id: int
    sha: str
    url: str | None
    quotes: dict[int, tuple[int, int, int | None, frozenset[str]]]


def read_articles(engine: Engine, shas: list[str]) -> dict[str, list[StoredArticle]]:
    """Every stored row whose text hash is one of `shas`, with its quotes (start, end, speaker, topics)."""
    found: dict[str, list[StoredArticle]] = defaultdict(list)
    with engine.connect() as connection:
        by_id: dict[int, StoredArticle] = {}
        for chunk in _chunks(shas):
            rows = connection.execute(
                text("SELECT id, text_sha256, url FROM article WHERE text_sha256 IN :shas").bindparams(
                    bindparam("shas", expanding=True)), {"shas": chunk}).all()
            for article_id, sha, url in rows:
                by_id[article_id] = StoredArticle(article_id, sha, url, {})
                found[sha].append(by_id[article_id])
        ids = list(by_id)
        topics: dict[int, set[str]] = defaultdict(set)
        quotes: list[tuple] = []
        for chunk in _chunks(ids):
            quotes += connection.execute(
                text('SELECT id, article_id, start, "end", speaker_id FROM quote WHERE article_id IN :ids')
                .bindparams(bindparam("ids", expanding=True)), {"ids": chunk}).all()
        for chunk in _chunks([q[0] for q in quotes]):
            for quote_id, name in connection.execute(
                text("SELECT qt.quote_id, t.name FROM quote_topic qt JOIN topic t ON t.id = qt.topic_id "
                     "WHERE qt.quote_id IN :ids")
                .bindparams(bindparam("ids", expanding=True)), {"ids": chunk}):
                topics[quote_id].add(name)
        for quote_id, article_id, start, end, speaker_id in quotes:
            by_id[article_id].quotes[quote_id] = (start, end, speaker_id, frozenset(topics[quote_id]))
    return found


@dataclass
class CheckResult:
    violations: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    unacknowledged_stored: list[str] = field(default_factory=list)  # shas sent, no response, but stored
    unacknowledged_absent: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.violations


def integrity_check(database_url: str) -> str | None:
    """`PRAGMA integrity_check` (and the FTS5 index's own check) on SQLite; None on other databases."""
    if make_url(database_url).get_backend_name() != "sqlite":
        return None
    import sqlite3

    connection = sqlite3.connect(make_url(database_url).database, timeout=60)
    try:
        result = "; ".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
        try:
            connection.execute("INSERT INTO quote_fts(quote_fts) VALUES ('integrity-check')")
            connection.commit()
        except sqlite3.DatabaseError as error:
            result += f"; quote_fts integrity-check failed: {error}"
        return result
    finally:
        connection.close()


def check_database(
    database_url: str,
    state: LoadState,
    *,
    expected: dict[str, list[tuple[int, int, frozenset[str]]]] | None = None,
) -> CheckResult:
    """The invariant: every acknowledged article is stored exactly once (by id, text hash and URL) with exactly the
    quotes, speakers and topic links its response listed; nothing is duplicated; an article sent without an answer
    is either absent or complete (`expected`: sha -> [(start, end, topics)] from an in-process analysis, for those
    in doubt). Plus global checks: no duplicate article, speaker or topic rows, no quote without its article and,
    on SQLite, the full-text index in step with the quote table."""
    result = CheckResult()
    engine = check_engine(database_url)
    try:
        stored = read_articles(engine, list(state.sent))
        for sha, ack in state.acked.items():
            rows = stored.get(sha, [])
            article = state.sent[sha]
            if not rows:
                result.violations.append(f"LOST: article {ack.article_id} (n={article.n}) was acknowledged "
                                         f"({ack.status}) but is not stored")
                continue
            if len(rows) > 1:
                result.violations.append(f"DUPLICATED: article n={article.n} stored {len(rows)} times: "
                                         f"{[r.article_id for r in rows]}")
            row = rows[0]
            if row.article_id != ack.article_id:
                result.violations.append(f"WRONG ID: article n={article.n} acknowledged as {ack.article_id}, "
                                         f"stored as {row.article_id}")
            if row.url != article.url:
                result.violations.append(f"URL: article {row.article_id} stored with url {row.url!r}, "
                                         f"sent {article.url!r}")
            if len(row.quotes) != ack.quote_count or len(ack.quotes) != ack.quote_count:
                result.violations.append(f"PARTIAL: article {row.article_id} has {len(row.quotes)} quotes stored, "
                                         f"its response said {ack.quote_count}")
            elif {q: v for q, v in row.quotes.items()} != ack.quotes:
                result.violations.append(f"QUOTES DIFFER: article {row.article_id}: stored quotes/speakers/topics "
                                         "differ from the response")
        for sha, article in state.sent.items():
            if sha in state.acked:
                continue
            rows = stored.get(sha, [])
            if not rows:
                result.unacknowledged_absent.append(sha)
                continue
            result.unacknowledged_stored.append(sha)
            if len(rows) > 1:
                result.violations.append(f"DUPLICATED: unacknowledged article n={article.n} stored {len(rows)} times")
            if expected is not None and sha in expected:
                want = sorted((s, e, t) for s, e, t in expected[sha])
                have = sorted((s, e, t) for s, e, _sp, t in rows[0].quotes.values())
                if want != have:
                    result.violations.append(
                        f"PARTIAL: unacknowledged article {rows[0].article_id} (n={article.n}) stored with "
                        f"{len(have)} quotes, a full analysis finds {len(want)} (or topics differ)")
        with engine.connect() as connection:
            for label, sql in (
                ("articles with the same text hash", "SELECT COUNT(*) FROM (SELECT text_sha256 FROM article "
                 "GROUP BY text_sha256 HAVING COUNT(*) > 1) d"),
                ("articles with the same URL", "SELECT COUNT(*) FROM (SELECT url FROM article WHERE url IS NOT NULL "
                 "GROUP BY url HAVING COUNT(*) > 1) d"),
                ("duplicate speakers", "SELECT COUNT(*) FROM (SELECT name_key, kind FROM speaker "
                 "GROUP BY name_key, kind HAVING COUNT(*) > 1) d"),
                ("duplicate topics", "SELECT COUNT(*) FROM (SELECT name FROM topic GROUP BY name "
                 "HAVING COUNT(*) > 1) d"),
                ("quotes without their article", "SELECT COUNT(*) FROM quote q LEFT JOIN article a "
                 "ON a.id = q.article_id WHERE a.id IS NULL"),
                ("quotes with a missing speaker", "SELECT COUNT(*) FROM quote q LEFT JOIN speaker s "
                 "ON s.id = q.speaker_id WHERE q.speaker_id IS NOT NULL AND s.id IS NULL"),
                ("topic links to missing quotes or topics", "SELECT COUNT(*) FROM quote_topic qt "
                 "LEFT JOIN quote q ON q.id = qt.quote_id LEFT JOIN topic t ON t.id = qt.topic_id "
                 "WHERE q.id IS NULL OR t.id IS NULL"),
            ):
                count = connection.execute(text(sql)).scalar_one()
                if count:
                    result.violations.append(f"{label}: {count}")
            total_articles = connection.execute(text("SELECT COUNT(*) FROM article")).scalar_one()
            total_quotes = connection.execute(text("SELECT COUNT(*) FROM quote")).scalar_one()
            if engine.dialect.name == "sqlite":
                fts = connection.execute(text("SELECT COUNT(*) FROM quote_fts")).scalar_one()
                if fts != total_quotes:
                    result.violations.append(f"full-text index has {fts} rows for {total_quotes} quotes")
        acked_quotes = sum(a.quote_count for a in state.acked.values())
        result.lines += [
            f"== database check ({make_url(database_url).get_backend_name()})",
            f"   stored: {total_articles} articles, {total_quotes} quotes",
            f"   acknowledged: {len(state.acked)} articles with {acked_quotes} quotes; "
            f"lost {sum(1 for v in result.violations if v.startswith('LOST'))}, "
            f"duplicated {sum(1 for v in result.violations if v.startswith('DUPLICATED'))}, "
            f"partial {sum(1 for v in result.violations if v.startswith('PARTIAL'))}",
            f"   sent without an answer: {len(result.unacknowledged_stored)} stored, "
            f"{len(result.unacknowledged_absent)} absent",
            f"   violations: {len(result.violations)}",
        ]
        result.lines += [f"   VIOLATION {v}" for v in result.violations[:20]]
    finally:
        engine.dispose()
    return result


# ------------------------------------------------------------------------------------------------------ main


def format_memory(memory: dict[int, int | None]) -> str:
    parts = [f"pid {pid}: {kib / 1024:.0f} MiB" if kib else f"pid {pid}: ?" for pid, kib in memory.items()]
    total = sum(k for k in memory.values() if k)
    return ", ".join(parts) + f" (total {total / 1024:.0f} MiB)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load (new requests stop after)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--max-requests", type=int, default=20_000, help="hard cap on requests issued")
    parser.add_argument("--timeout", type=float, default=120.0, help="per-request client timeout, seconds")
    parser.add_argument("--workdir", type=Path, default=None, help="where load.db and server.log go (default: a temp dir)")
    parser.add_argument("--memory-every", type=float, default=0, help="also print worker memory every N seconds")
    args = parser.parse_args(argv)
    if not (1 <= args.clients <= 500 and 0 < args.duration <= 3600):
        parser.error("--clients must be 1..500 and --duration 0..3600 s")

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="quotewise-load-"))
    workdir.mkdir(parents=True, exist_ok=True)
    database_url = f"sqlite:///{workdir / 'load.db'}"
    print(f"database {database_url}, server log {workdir / 'server.log'}")
    migrate(database_url)
    server = Server(database_url, workers=args.workers, log_path=workdir / "server.log")
    started = time.monotonic()
    server.start()
    print(f"server up on {server.base_url} with {args.workers} workers in {time.monotonic() - started:.1f} s")
    print(f"worker memory after start-up: {format_memory(server.memory())}")
    state = LoadState(factory=ArticleFactory(), max_requests=args.max_requests)
    try:
        began = time.monotonic()
        sampling = threading.Event()
        if args.memory_every > 0:
            def sample() -> None:
                while not sampling.wait(args.memory_every):
                    print(f"   t={time.monotonic() - began:5.0f} s, {state.requests} requests, "
                          f"{len(state.acked)} articles: {format_memory(server.memory())}", flush=True)

            threading.Thread(target=sample, daemon=True).start()
        asyncio.run(run_load(server.base_url, state, clients=args.clients, duration=args.duration,
                             timeout=args.timeout))
        sampling.set()
        elapsed = time.monotonic() - began
        print(f"worker memory after the load:  {format_memory(server.memory())}")
    finally:
        server.stop()
    print("\n".join(report_load(state, elapsed, title=f"load ({args.clients} clients, {args.duration:.0f} s)")))
    print(f"== integrity_check: {integrity_check(database_url)}")
    check = check_database(database_url, state)
    print("\n".join(check.lines))
    failed = bool(state.errors or state.unexpected_200 or not check.ok)
    print("RESULT:", "FAIL" if failed else "OK (0 errors, 0 lost, 0 duplicated)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
