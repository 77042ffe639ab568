"""The thread harnesses of the concurrency tests, written once: many writers released together by a barrier, and a
writer held at a chosen point of storage while another transaction (a retraction, a merge) runs against it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import pytest

Item = TypeVar("Item")
Result = TypeVar("Result")
WAIT_SECONDS = 60


def at_once(work: Callable[[Item], Result], items: Sequence[Item]) -> list[Result]:
    """Calls `work` with every item, each from its own thread, all released together by a barrier; the results in
    the order of `items`. The first exception a call raised is raised here."""
    barrier = threading.Barrier(len(items))

    def released(item: Item) -> Result:
        barrier.wait(timeout=WAIT_SECONDS)
        return work(item)

    with ThreadPoolExecutor(max_workers=len(items)) as pool:
        return list(pool.map(released, items))


class Hold:
    """Replaces `owner.name` (for the test) by a copy that stops its caller until `release`: before the original
    runs, or just after it returned (`after=True`). `reached` is set when a caller is stopped there."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, owner: object, name: str, *, after: bool = False) -> None:
        self.reached, self._released = threading.Event(), threading.Event()
        original = getattr(owner, name)

        def held(*args: Any, **kwargs: Any) -> Any:
            if not after:
                self._stop()
            result = original(*args, **kwargs)
            if after:
                self._stop()
            return result

        monkeypatch.setattr(owner, name, held)

    def _stop(self) -> None:
        self.reached.set()
        self._released.wait(WAIT_SECONDS / 2)

    def release(self) -> None:
        self._released.set()


def while_held(write: Callable[[], Result], meddle: Callable[[], object], hold: Hold, *,
               head_start: float = 1.5) -> Result:
    """Runs `write` on a thread until `hold` stops it, then `meddle` on another thread; gives the meddler
    `head_start` seconds (to finish, or to block on the writer's locks), releases the writer and waits for both.
    Returns what `write` returned; fails naming the error if either of them raised one."""
    outcome: dict[str, object] = {}

    def run(role: str, call: Callable[[], object]) -> None:
        try:
            outcome[role] = call()
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            outcome[f"{role} error"] = repr(error)

    writing = threading.Thread(target=run, args=("write", write))
    meddling = threading.Thread(target=run, args=("meddle", meddle))
    writing.start()
    try:
        assert hold.reached.wait(WAIT_SECONDS / 2), f"the writer never reached the held point: {outcome}"
        meddling.start()
        meddling.join(head_start)
    finally:
        hold.release()
        writing.join(WAIT_SECONDS)
        if meddling.ident is not None:
            meddling.join(WAIT_SECONDS)
    assert not writing.is_alive() and not meddling.is_alive(), "a thread is still running"
    assert "write error" not in outcome and "meddle error" not in outcome, outcome
    return outcome["write"]
