"""The tasks waiting for an analysis worker, and how a worker that comes free takes them (micro-batching).

A worker takes the oldest waiting task and, with it, the tasks queued right behind it that fit in the same
`nlp.pipe` call (`fits`), so that single-article requests that piled up while every worker was busy are parsed
together: in a busy server that costs a worker a little less CPU per article (`bench.coalescing_cost`: ~2 %),
though in isolation the texts per call make no difference (`bench.batching_cost`). Nothing ever waits to be
coalesced: a worker takes only what is queued at the moment it comes free, so a lone request is dispatched at
once, exactly as without coalescing. A worker also leaves one task for each other worker that is idle at that
moment, so coalescing never leaves a free worker without work while tasks wait.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from collections.abc import Callable
from typing import Generic, TypeVar

Task = TypeVar("Task")


class TaskQueue(Generic[Task]):
    def __init__(self, *, fits: Callable[[list[Task], Task], bool], stale: Callable[[Task], bool]) -> None:
        """`fits(taken, task)`: whether `task` may join the tasks taken so far in one call; `stale(task)`: a task
        nobody needs any more (its job already failed), dropped instead of run."""
        self._fits = fits
        self._stale = stale
        self._waiting: deque[Task | None] = deque()
        self._changed = threading.Condition()
        self._idle = 0  # takers blocked in take(), i.e. workers with nothing to do

    def put(self, task: Task | None) -> None:
        """Queues a task; None asks one taker to stop (after the tasks queued before it)."""
        with self._changed:
            self._waiting.append(task)
            self._changed.notify()

    def take(self) -> list[Task] | None:
        """Blocks until a task is queued; returns it with the tasks that join it, oldest first, or None to stop."""
        with self._changed:
            self._idle += 1
            try:
                while True:
                    while not self._waiting:
                        self._changed.wait()
                    first = self._waiting.popleft()
                    if first is None:
                        return None
                    if not self._stale(first):
                        break
            finally:
                self._idle -= 1
            taken = [first]
            share = math.ceil((len(self._waiting) + 1) / (self._idle + 1))  # one left for each idle worker
            while self._waiting and len(taken) < share:
                following = self._waiting[0]
                if following is not None and self._stale(following):
                    self._waiting.popleft()
                    continue
                if following is None or not self._fits(taken, following):
                    break
                taken.append(self._waiting.popleft())
            return taken
