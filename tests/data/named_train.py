"""Speaker names we wrote by hand for PolNeAR training articles that `train-named.jsonl` leaves unnamed.

train-named's 252 articles have been read for seventeen rounds of rules, so a figure on them no longer says what a rule
does on news it was not written for; dev must not be read. These articles come from the same outlets and years as dev
and had never been looked at, so a set of them measured before any rule is written for it is the nearest honest
stand-in for dev we can make. Only the names live in the repository (`<set>/probe_names.jsonl`,
`holdout_names.jsonl`): PolNeAR's texts must not be copied into the project, so the gold files are joined with
`../shared/eval/polnear/train.jsonl` when needed and are git-ignored.

    python tests/data/named_train.py show ID              the article, each source mention numbered, to name them
    python tests/data/named_train.py template ID...       a names line per article, speakers blank, to fill in
    python tests/data/named_train.py build [SET...]       writes SET/probe.jsonl and SET/holdout.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

_HERE = Path(__file__).parent
TRAIN = _HERE.parents[1] / ".." / "shared" / "eval" / "polnear" / "train.jsonl"
KINDS = ("person", "organization", "group", "document")


def named_sets() -> list[str]:
    """The folders that hold names for training articles."""
    return sorted(path.parent.name for path in _HERE.glob("*/probe_names.jsonl"))


def _train_articles(train: Path = TRAIN) -> dict[str, dict]:
    with open(train, encoding="utf-8") as lines:
        return {article["id"]: article for article in map(json.loads, lines)}


def join(article: dict, names: dict) -> dict:
    """PolNeAR's article with our speaker names on its quotes; every quote with a source mention must be named, and
    each name must say which mention it names, so a slip of the index cannot shift the names onto other quotes."""
    given = {entry["n"]: entry for entry in names["names"]}
    quotes = []
    for index, quote in enumerate(article["quotes"]):
        quote = dict(quote)
        entry = given.pop(index, None)
        if quote["source"] is None:
            if entry is not None:
                raise ValueError(f"{article['id']} #{index}: the quote has no source mention to name")
            quotes.append(quote)
            continue
        if entry is None:
            raise ValueError(f"{article['id']} #{index}: no name for the mention {_source(article, quote)!r}")
        if entry["source"] != _source(article, quote):
            raise ValueError(f"{article['id']} #{index}: the name is for {entry['source']!r}, "
                             f"the mention is {_source(article, quote)!r}")
        if entry["kind"] not in KINDS or not entry["speaker"].strip():
            raise ValueError(f"{article['id']} #{index}: a speaker and one of {KINDS} are needed")
        quote["speaker"] = entry["speaker"]
        quote["speaker_kind"] = entry["kind"]
        quotes.append(quote)
    if given:
        raise ValueError(f"{article['id']}: names for quotes the article does not have: {sorted(given)}")
    return {"id": article["id"], "text": article["text"], "quotes": quotes}


def _source(article: dict, quote: dict) -> str:
    start, end = quote["source"]
    return article["text"][start:end]


def build(folder: str, train: Path = TRAIN) -> list[Path]:
    articles = _train_articles(train)
    written = []
    for name in ("probe", "holdout"):
        names_file = _HERE / folder / f"{name}_names.jsonl"
        if not names_file.exists():
            continue
        with open(names_file, encoding="utf-8") as lines:
            joined = [join(articles[names["id"]], names) for names in map(json.loads, lines) if names]
        out = _HERE / folder / f"{name}.jsonl"
        out.write_text("".join(json.dumps(article, ensure_ascii=False) + "\n" for article in joined),
                       encoding="utf-8")
        written.append(out)
        print(out, len(joined), "articles", sum(len(a["quotes"]) for a in joined), "quotes")
    return written


def show(article: dict) -> str:
    """The text with `[#n]` after each source mention, then one line per quote: its number, mention, cue and
    the start of its content."""
    marks: dict[int, list[int]] = {}
    for index, quote in enumerate(article["quotes"]):
        if quote["source"] is not None:
            marks.setdefault(quote["source"][1], []).append(index)
    text = article["text"]
    pieces, last = [], 0
    for end in sorted(marks):
        pieces.append(text[last:end] + "[" + ",".join(f"#{n}" for n in marks[end]) + "]")
        last = end
    pieces.append(text[last:])
    lines = ["".join(pieces), ""]
    for index, quote in enumerate(article["quotes"]):
        cue = text[quote["cue"][0]:quote["cue"][1]] if quote["cue"] else None
        start, end = quote["content"][0]
        source = _source(article, quote) if quote["source"] else None
        lines.append(f"#{index} source={source!r} cue={cue!r} content={text[start:min(end, start + 70)]!r}")
    return "\n".join(lines)


def template(article: dict) -> dict:
    return {"id": article["id"], "names": [
        {"n": index, "source": _source(article, quote), "speaker": "", "kind": ""}
        for index, quote in enumerate(article["quotes"]) if quote["source"] is not None]}


if __name__ == "__main__":
    command, arguments = sys.argv[1], sys.argv[2:]
    if command == "build":
        for folder in arguments or named_sets():
            build(folder)
    else:
        articles = _train_articles()
        for article_id in arguments:
            if command == "show":
                print(show(articles[article_id]))
            elif command == "template":
                print(json.dumps(template(articles[article_id]), ensure_ascii=False))
            else:
                raise SystemExit(__doc__)
