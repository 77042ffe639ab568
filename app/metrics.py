"""Quotewise's own Prometheus metrics (requests by route and status and their latency come from
prometheus-fastapi-instrumentator, see app.main). Each server process exposes its own figures at GET /metrics."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

ANALYSES = Counter(
    "quotewise_analyses_total",
    "Texts submitted to the worker processes, by outcome: ok, refused (too many tokens), timeout (deadline "
    "passed, worker replaced), failed, busy (pool queue full), throttled (the API key's limit).",
    ["outcome"],
)
PARSE_SECONDS = Histogram(
    "quotewise_parse_seconds",
    "Seconds a worker process spent on one text (pipeline and extraction).",
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60),
)
QUEUE_LENGTH = Gauge("quotewise_analysis_queue_length", "Analysis jobs admitted and not finished (waiting or running).")
WORKER_RESTARTS = Counter(
    "quotewise_analysis_worker_restarts_total", "Worker processes killed and replaced, by reason (timeout, crash).",
    ["reason"],
)
RETRIES = Counter("quotewise_analysis_retries_total", "Texts analysed again alone after their batch was stopped.")
COALESCED = Counter(
    "quotewise_analysis_coalesced_total",
    "Jobs (requests) whose texts a worker parsed in one call together with other jobs' (micro-batching).",
)
TEXTS_PER_CALL = Histogram(
    "quotewise_analysis_texts_per_call", "Texts a worker process was sent at once (one nlp.pipe call).",
    buckets=(1, 2, 3, 4, 6, 8, 16),
)
WORKER_BUSY_SECONDS = Counter(
    "quotewise_analysis_worker_busy_seconds_total",
    "Seconds the worker processes spent on calls, from receiving a call's texts to answering its last: against the "
    "workers' wall-clock time, the share they were not kept busy (bench/throughput.py prints it).",
)
