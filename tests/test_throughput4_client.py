"""The throughput benchmark's lean client (bench/_client.py) must not make a fast figure out of lost or refused
articles: it checks every answer's status, every batch item, and that as many articles were answered as sent, and it
follows the server's `Connection: close` (app/api/balance.py) onto a new connection."""

from __future__ import annotations

import gzip
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench._client import encode, post_all


def _serve(answer):  # noqa: ANN001, ANN202 - answer(path, body) -> (status, payload dict)
    connections: list[int] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            connections.append(1)

        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            status, payload = answer(self.path, body)
            data = json.dumps(payload).encode()
            zipped = "gzip" in self.headers.get("Accept-Encoding", "")
            data = gzip.compress(data) if zipped else data
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            if zipped:
                self.send_header("Content-Encoding", "gzip")
            if body.get("text", "").endswith("close"):
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *_args) -> None:  # noqa: ANN002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, connections


def _batch_answer(status_of):  # noqa: ANN001, ANN202
    def answer(path, body):  # noqa: ANN001, ANN202
        if path == "/analyze":
            return 201, {"id": 1}
        return 200, {"results": [{"index": i, "status": status_of(i, a)} for i, a in enumerate(body["articles"])]}

    return answer


def _run(answer, bodies, clients=2):  # noqa: ANN001, ANN202
    server, connections = _serve(answer)
    try:
        return post_all(f"http://127.0.0.1:{server.server_port}", encode(bodies), clients), connections
    finally:
        server.shutdown()
        server.server_close()


def test_every_article_counted_and_connections_reopened_when_the_server_closes_them():
    bodies = [("/analyze", {"text": f"article {i}" + (" close" if i % 3 == 0 else "")}) for i in range(9)]
    bodies += [("/analyze/batch", {"articles": [{"text": "a"}, {"text": "b"}, {"text": "c"}]})]
    posted, connections = _run(_batch_answer(lambda _i, _a: 201), bodies, clients=1)
    assert (posted.requests, posted.articles) == (10, 12)
    assert posted.client_cpu_s >= 0 and posted.seconds > 0
    assert len(connections) == posted.connections == 4  # one to begin with, one after each answer that closed it


def test_a_refused_batch_item_fails_the_run():
    bodies = [("/analyze/batch", {"articles": [{"text": "a"}, {"text": "bad"}]})]
    with pytest.raises(RuntimeError, match="batch item"):
        _run(_batch_answer(lambda _i, a: 422 if a["text"] == "bad" else 201), bodies)


def test_a_batch_answer_missing_an_article_fails_the_run():
    def answer(_path, body):  # noqa: ANN001, ANN202
        return 200, {"results": [{"index": 0, "status": 201}]}

    with pytest.raises(RuntimeError, match="answered 1 of 2"):
        _run(answer, [("/analyze/batch", {"articles": [{"text": "a"}, {"text": "b"}]})])


def test_an_answer_that_is_not_2xx_fails_the_run():
    with pytest.raises(RuntimeError, match="429"):
        _run(lambda _path, _body: (429, {"detail": "busy"}), [("/analyze", {"text": "a"})])
