"""The server tunes the garbage collector once started: the start-up heap frozen out of its reach and a larger
first generation, so that storing a large article does not set off long full collections (see
app.main.tune_garbage_collector)."""

from __future__ import annotations

import gc

from app.main import YOUNG_GENERATION_OBJECTS


def test_the_started_app_freezes_its_heap_and_collects_young_objects_less_often(app_client):
    default = gc.get_threshold()
    gc.unfreeze()
    gc.set_threshold(700, *default[1:])
    try:
        with app_client() as client:
            assert client.get("/health").status_code == 200
            assert gc.get_freeze_count() > 10_000
            assert gc.get_threshold()[0] == YOUNG_GENERATION_OBJECTS
    finally:
        gc.set_threshold(*default)
