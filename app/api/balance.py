"""Spreading analyses over the server processes. uvicorn's processes share one listening socket; whichever
accepts a connection keeps it for as long as the client keeps it alive, and one process's event loop accepts every
connection waiting at once. So a few keep-alive clients often all land on one process, whose analysis workers
then parse everything while the other processes' workers idle (measured: four clients, two server processes of
one analysis worker each, the parse split 1.0 / 0.0 between them).

An analysis's answer therefore asks the client to reconnect (`Connection: close`) when this process has more
analyses admitted than its workers can run: the client's next connection is accepted by whichever process gets
to it first, and a process stops sending clients away once it is no longer crowded, so the clients settle evenly.
A client that is not sent away keeps its connection, and a single-process server merely sees a reconnection."""

from __future__ import annotations

from fastapi import Response

from app.services.analyzer import Analyzer


def reconnect_when_crowded(response: Response, analyzer: Analyzer) -> Response:
    if analyzer.crowded:
        response.headers["Connection"] = "close"
    return response
