"""Writes the probe sets' gold (tests/data/<set>/probe.jsonl and holdout.jsonl) from the hand-written articles of
probe_articles.py and holdout_articles.py in the same folder: quotes are given as the words of the article, and
their character offsets are found here, so the gold stays readable and checkable.

`python tests/data/build_probes.py world8 world9 outlets9` (from the repository) rewrites every set of the folders
named (all of them when none is).
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

_HERE = Path(__file__).parent
FOLDERS = ("world8", "world9", "outlets9", "world10", "outlets10", "outlets11", "world11", "world12", "outlets12",
           "world13", "outlets13", "outlets14", "world14", "world15a", "outlets15", "world15b", "world16b", "outlets16", "world16a", "world17", "outlets17",
           "features17")

_MARKS = "\"'“”‘’"


def _piece(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.find(words, after)
    if start < 0:
        raise ValueError(f"not in the article: {words!r}")
    end = start + len(words)
    if start > 0 and text[start - 1] in _MARKS:
        start -= 1
    if end < len(text) and text[end] in _MARKS:
        end += 1
    return start, end


def _nearest(text: str, words: str | None, content: list[tuple[int, int]]) -> list[int] | None:
    """The occurrence of `words` (whole words) nearest the quote's content and outside it."""
    if not words:
        return None
    found = []
    before = r"(?<!\w)" if words[0].isalnum() else ""  # a transcript's `:` cue stands right after its label
    after = r"(?!\w)" if words[-1].isalnum() else ""
    for match in re.finditer(before + re.escape(words) + after, text):
        if any(match.start() < end and start < match.end() for start, end in content):
            continue
        gap = min(max(start - match.end(), match.start() - end, 0) for start, end in content)
        found.append((gap, match.start(), match.end()))
    if not found:
        raise ValueError(f"no mention {words!r}")
    _, start, end = min(found)
    return [start, end]


def build(article: dict) -> dict:
    text = "\n\n".join(article["paragraphs"])
    quotes = []
    for spec in article["quotes"]:
        content = []
        after = 0
        for words in spec["content"]:
            start, end = _piece(text, words, after)
            content.append((start, end))
            after = end
        quote = {
            "content": [list(piece) for piece in content],
            "source": _nearest(text, spec.get("source"), content),
            "cue": _nearest(text, spec.get("cue"), content),
            "speaker": spec["speaker"],
            "role": spec.get("role"),
            "type": spec["type"],
            "speaker_kind": spec.get("kind", "person"),
        }
        if spec.get("optional"):
            quote["optional"] = True
        quotes.append(quote)
    return {"id": article["id"], "style": article["style"], "text": text, "quotes": quotes}


def _articles(path: Path) -> list[dict]:
    """The ARTICLES of one articles module, loaded by path: the folders are not packages, and a holdout module
    imports its helpers from its folder's probe_articles."""
    sys.path.insert(0, str(path.parent))
    sys.modules.pop("probe_articles", None)  # another folder's, if one was loaded before
    try:
        spec = importlib.util.spec_from_file_location(f"{path.parent.name}_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.ARTICLES
    finally:
        sys.path.remove(str(path.parent))


def write_sets(folder: str) -> None:
    for name in ("probe", "holdout"):
        source = _HERE / folder / f"{name}_articles.py"
        if not source.exists():
            continue
        articles = _articles(source)
        out = _HERE / folder / f"{name}.jsonl"
        out.write_text("".join(json.dumps(build(a), ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
        print(out, len(articles), "articles", sum(len(a["quotes"]) for a in articles), "quotes")


if __name__ == "__main__":
    for folder in sys.argv[1:] or FOLDERS:
        write_sets(folder)
