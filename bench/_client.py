"""The HTTP client of the throughput benchmarks (bench/throughput.py part 4, bench/serve_cost.py): posts analysis
requests from a few threads, each on one keep-alive connection, and says what the client itself cost in CPU.

Why lean: the client runs on the same two cores as the server and its analysis workers, and the floor it is
compared with (the bare parse on both cores) pays for no client at all. Every CPU millisecond the client spends
per article is therefore taken from the parse and shows up as a lower HTTP ratio, although no deployment pays it
(a newsroom's CMS posts from another machine). httpx cost about 2.2 CPU ms per /analyze article (a client object per
thread, JSON encoding of each body while timed, decompressing and decoding answers that are not read) against the
server's ~10. So this client:

* encodes every body before the clock starts (a CMS has its article's JSON ready; encoding is not the service's
  work);
* uses the standard library's `http.client`, one keep-alive connection per thread, reopened when the server asks
  for it (`Connection: close`, see app/api/balance.py);
* still sends `Accept-Encoding: gzip` as real clients (and httpx) do, so the server compresses its answers as it
  would in service: that cost stays in the server's figure;
* reads every answer whole (the connection needs it) but decodes only what it checks: a POST /analyze answer by its
  status (201, or 200 for an article stored before), a batch answer by each item's status, which needs the JSON.

It raises on the first answer that is not 2xx, on a batch item that is not 201, and when fewer articles were
answered than sent, so a fast figure cannot hide a lost or refused article. `Posted.client_cpu_s` is this process's
CPU time over the run (`time.process_time`: every thread), printed by both scripts next to the server's.
"""

from __future__ import annotations

import gzip
import http.client
import json
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

ANALYSED = (200, 201)  # created now, or found stored (an article the run did not make new)


@dataclass(frozen=True)
class Request:
    path: str
    body: bytes  # the JSON, encoded before the run
    articles: int


@dataclass(frozen=True)
class Posted:
    seconds: float
    client_cpu_s: float
    requests: int
    articles: int
    connections: int  # opened: one per client, and one more each time the server closed one

    def client_ms_per_article(self) -> float:
        return self.client_cpu_s / max(1, self.articles) * 1000


def encode(bodies: list[tuple[str, dict]]) -> list[Request]:
    """(path, JSON body) pairs as requests ready to send; a batch's articles are counted from its `articles`."""
    return [Request(path, json.dumps(body).encode(), len(body.get("articles", [None]))) for path, body in bodies]


def _checked(request: Request, response: http.client.HTTPResponse, payload: bytes) -> str | None:
    """What is wrong with an answer, or None: every article of the request must have been analysed."""
    if response.status not in ANALYSED:
        return f"{request.path}: {response.status} {payload[:200]!r}"
    if not request.path.endswith("/batch"):
        return None
    if response.getheader("Content-Encoding") == "gzip":
        payload = gzip.decompress(payload)
    results = json.loads(payload)["results"]
    bad = [r for r in results if r["status"] != 201]
    if bad:
        return f"batch item: {bad[0]}"
    if len(results) != request.articles:
        return f"batch answered {len(results)} of {request.articles} articles"
    return None


def post_all(base_url: str, requests: list[Request], clients: int) -> Posted:
    """Sends every request from `clients` threads, in order of the list (each thread takes the next one)."""
    address = urlsplit(base_url)
    pending = list(reversed(requests))
    lock = threading.Lock()
    errors: list[str] = []
    answered = [0]
    opened = [0]
    headers = {"Content-Type": "application/json", "Accept-Encoding": "gzip"}

    def client() -> None:
        connection = http.client.HTTPConnection(address.hostname, address.port, timeout=600)
        try:
            while True:
                with lock:
                    if not pending or errors:
                        return
                    request = pending.pop()
                fresh = connection.sock is None  # the first request, or the server closed the connection
                connection.request("POST", request.path, body=request.body, headers=headers)
                response = connection.getresponse()
                problem = _checked(request, response, response.read())
                with lock:
                    opened[0] += fresh
                    if problem:
                        errors.append(problem)
                    else:
                        answered[0] += request.articles
        except Exception as error:  # noqa: BLE001 - reported as the run's failure
            errors.append(f"{type(error).__name__}: {error}")
        finally:
            connection.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    began, cpu_began = time.perf_counter(), time.process_time()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds, cpu = time.perf_counter() - began, time.process_time() - cpu_began
    if errors:
        raise RuntimeError(errors[0])
    articles = sum(r.articles for r in requests)
    if answered[0] != articles:
        raise RuntimeError(f"{answered[0]} of {articles} articles answered")
    return Posted(seconds, cpu, len(requests), articles, opened[0])
