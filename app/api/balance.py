"""Spreading analyses over the server processes. uvicorn's processes share one listening socket; whichever
accepts a connection keeps it for as long as the client keeps it alive, and one process's event loop accepts every
connection waiting at once. So a few keep-alive clients often all land on one process, whose analysis workers
then parse everything while the other processes' workers idle (measured: four clients, two server processes of
one analysis worker each, the parse split 1.0 / 0.0 between them).

An analysis's answer therefore asks the client to reconnect (`Connection: close`) when this process has more
analyses admitted than its workers can run: the client's next connection is accepted by whichever process gets
to it first, and a process stops sending clients away once it is no longer crowded, so the clients settle evenly.
A client that is not sent away keeps its connection. A server known to run as one process (`python -m app serve`
with one worker sets `server_processes`) never sends clients away: each would only reconnect to the same process,
and with more clients than analysis workers (four clients, two workers) that was nearly every answer (39
connections for 40 requests), an accept and a new connection per article for nothing."""

from __future__ import annotations

from fastapi import Response

from app.services.analyzer import Analyzer
from app.settings import Settings


def reconnect_when_crowded(response: Response, analyzer: Analyzer, settings: Settings) -> Response:
    if analyzer.crowded and settings.server_processes != 1:
        response.headers["Connection"] = "close"
    return response
