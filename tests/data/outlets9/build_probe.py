"""Writes probe.jsonl and holdout.jsonl from the hand-written articles and gold of probe_articles.py and
holdout_articles.py, with world8's builder (tests/data/world8/build_probe.py: quotes are given as the words of the
article and their character offsets found there, so the gold stays readable and checkable).

`python build_probe.py` (run in this folder) rewrites both files.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
from pathlib import Path

_HERE = Path(__file__).parent


def _world8_build():
    """world8's `build`, loaded by path: the two folders are no packages, and both builders are named build_probe.
    (Its own `from probe_articles import ARTICLES` reads this folder's articles, which it does not use here.)"""
    spec = importlib.util.spec_from_file_location("world8_build_probe", _HERE.parent / "world8" / "build_probe.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build


if __name__ == "__main__":
    build = _world8_build()
    for name, out in (("probe_articles", "probe.jsonl"), ("holdout_articles", "holdout.jsonl")):
        articles = importlib.import_module(name).ARTICLES
        path = _HERE / out
        path.write_text("".join(json.dumps(build(a), ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
        print(path, len(articles), "articles", sum(len(a["quotes"]) for a in articles), "quotes")
