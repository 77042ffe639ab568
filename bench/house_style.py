"""US against British house style on the same annotated news: `python -m bench.house_style [--dev] [--limit N]`.

The pipeline grew up on US news (double quotation marks, `Mr.` with a full stop); hidden test news comes from other
outlets and another country. This rewrites each PolNeAR train-named article (and, with `--dev`, each dev article:
the aggregate figure only) into British style and scores the pipeline on both, exactly as `app/evaluate.py` does:

- `marks`: double marks become single (`“ ”` → `‘ ’`, `"` → `'`, newswire `''` → `'`), and a quotation nested in a
  double-quoted one becomes double (`‘ ’` → `“ ”`, `'` → `"`), the Guardian/BBC/Times convention;
- `marks+titles`: also `Mr.`, `Mrs.`, `Ms.`, `Dr.` before a name lose their full stop (`Mr Starmer`).

With `--typewriter` the columns are the styles of CMS feeds and wires that type straight marks, where one
character both opens and closes and `'` is also every apostrophe, with British curly (`marks+titles`) beside:

- `us straight`: `“ ”`, newswire `''` and ``` `` ``` become `"`; `‘ ’` become `'` (nested quotes, apostrophes);
- `british straight`: the `marks+titles` rewrite, then typed straight (`'…'` quoting, `"…"` nested, `Mr Starmer`).

Every rewrite is an edit with a known position, so the gold offsets (content, source, cue) are carried over to the
rewritten text; a check that each gold span still holds the same words (marks and full stops aside) is printed.
The rewrite reads only the original text, not the pipeline's own quote rules, so it measures them rather than
mirroring them. `--errors PATH` writes the error lines of train-named (never of dev) in the last style to PATH
(`marks+titles`, or `british straight` with `--typewriter`; `--errors-style` names another).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from bisect import bisect_right
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from app.evaluate import load_gold, score  # noqa: E402
from app.settings import Settings  # noqa: E402

POLNEAR = PROJECT_ROOT.parent / "shared" / "eval" / "polnear"
VARIANTS = ("original", "marks", "marks+titles")
TYPEWRITER_VARIANTS = ("original", "us straight", "marks+titles", "british straight")

_DOUBLE = re.compile(r"''|``|[“”\"]")
_OPENS_BEFORE = set(" \t\n([{—–-/")
_TO_SINGLE = {"“": "‘", "”": "’", '"': "'", "''": "'", "``": "‘"}
_CURLY = re.compile(r"''|``|[“”‘’]")
_TYPED = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
_TITLE_STOP = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)(\.)(?= [A-Z])")

Edit = tuple[int, int, str]  # replace text[start:end] with the string


def _double_regions(text: str) -> list[tuple[int, int]]:
    """(content start, content end) of each double-quoted stretch, paired per paragraph; a quote left open at a
    paragraph's end runs to it (the multi-paragraph convention), and a second opener restarts it."""
    regions: list[tuple[int, int]] = []
    start = 0
    for paragraph in text.split("\n"):
        end = start + len(paragraph)
        open_at: int | None = None
        for match in _DOUBLE.finditer(text, start, end):
            pos, mark = match.start(), match.group()
            opening = mark in ("“", "``") or (mark in ('"', "''") and (pos == start or text[pos - 1] in _OPENS_BEFORE))
            if open_at is not None and (not opening or mark in ('"', "''")):
                regions.append((open_at, pos))
                open_at = None
            elif opening:
                open_at = match.end()
        if open_at is not None:
            regions.append((open_at, end))
        start = end + 1
    return regions


def _nested_edits(text: str, start: int, end: int) -> list[Edit]:
    """Single marks quoting inside a double-quoted stretch become double; apostrophes (`don’t`, `the workers’
    union`) stay. An opener follows a space or the stretch's start; a closer follows no space, ends no word inside
    a word, and either follows punctuation or comes before punctuation or the stretch's end."""
    edits: list[Edit] = []
    open_at: int | None = None
    for pos in range(start, end):
        char = text[pos]
        if char not in "‘’'":
            continue
        before = text[pos - 1] if pos > start else " "
        after = text[pos + 1] if pos + 1 < end else " "
        if open_at is None:
            if char in "‘'" and (before.isspace() or before in "([{—–-/") and not after.isspace():
                open_at = pos
            continue
        if char == "‘" or before.isspace() or (before.isalnum() and after.isalnum()):
            continue
        closes = before in ",.!?;:" or pos + 1 == end or after in ",.;:!?)—–-" or (after.isspace() and before != "s")
        if closes:
            double = "“" if text[open_at] == "‘" else '"'
            edits += [(open_at, open_at + 1, double), (pos, pos + 1, "”" if double == "“" else '"')]
            open_at = None
    return edits


def british_edits(text: str, titles: bool) -> list[Edit]:
    edits: list[Edit] = [(match.start(), match.end(), _TO_SINGLE[match.group()]) for match in _DOUBLE.finditer(text)]
    for start, end in _double_regions(text):
        edits += _nested_edits(text, start, end)
    if titles:
        edits += [(match.start(1), match.end(1), "") for match in _TITLE_STOP.finditer(text)]
    return sorted(edits)


def straight_edits(text: str) -> list[Edit]:
    """US style typed on a typewriter: every double mark becomes `"`, every single mark or apostrophe `'`."""
    return [(match.start(), match.end(), '"' if len(match.group()) == 2 else match.group().translate(_TYPED))
            for match in _CURLY.finditer(text)]


def british_straight_edits(text: str) -> list[Edit]:
    """British style (`marks+titles`) typed straight: its edits' curly marks straightened, and every curly mark
    it left alone (apostrophes, single marks outside a double-quoted stretch) straightened too."""
    edits = [(start, end, replacement.translate(_TYPED)) for start, end, replacement in british_edits(text, True)]
    edited = {start for start, _, _ in edits}
    edits += [(pos, pos + 1, text[pos].translate(_TYPED)) for pos, char in enumerate(text)
              if char in "‘’“”" and pos not in edited]
    return sorted(edits)


STYLE_EDITS = {
    "marks": lambda text: british_edits(text, titles=False),
    "marks+titles": lambda text: british_edits(text, titles=True),
    "us straight": straight_edits,
    "british straight": british_straight_edits,
}


def apply_edits(text: str, edits: list[Edit]):
    """The rewritten text and a function taking an offset of the original to the rewritten one."""
    pieces, starts, shifts, last, shift = [], [], [], 0, 0
    for start, end, replacement in edits:
        pieces += [text[last:start], replacement]
        starts.append(start)
        shifts.append((start, end, len(replacement), shift))
        shift += len(replacement) - (end - start)
        last = end
    pieces.append(text[last:])

    def moved(offset: int) -> int:
        index = bisect_right(starts, offset) - 1
        if index < 0:
            return offset
        start, end, width, before = shifts[index]
        if offset >= end:
            return offset + before + width - (end - start)
        return start + before + min(offset - start, width)

    return "".join(pieces), moved


def rewrite(article: dict, style: str) -> dict:
    """The article in `style` (a STYLE_EDITS key), its gold offsets moved with the edits."""
    text, moved = apply_edits(article["text"], STYLE_EDITS[style](article["text"]))

    def span(value):
        return [moved(value[0]), moved(value[1])] if value else value

    quotes = [
        {**quote, "content": [span(piece) for piece in quote["content"]], "source": span(quote.get("source")),
         "cue": span(quote.get("cue"))}
        for quote in article.get("quotes", [])
    ]
    return {**article, "text": text, "quotes": quotes}


_NEUTRAL = str.maketrans("", "", "“”‘’\"'.`")


def drifted_spans(original: dict, rewritten: dict) -> int:
    """Gold spans whose words changed in the rewrite (should be 0): a wrong offset map would show here."""
    drifted = 0
    for before, after in zip(original.get("quotes", []), rewritten["quotes"]):
        pairs = list(zip(before["content"], after["content"])) + [
            (before[key], after[key]) for key in ("source", "cue") if before.get(key)
        ]
        for old, new in pairs:
            if original["text"][old[0]:old[1]].translate(_NEUTRAL) != rewritten["text"][new[0]:new[1]].translate(_NEUTRAL):
                drifted += 1
    return drifted


ROWS = (
    ("quote@0.3 P", lambda s: s["quote@0.3"]["precision"]),
    ("quote@0.3 R", lambda s: s["quote@0.3"]["recall"]),
    ("quote@0.8 P", lambda s: s["quote@0.8"]["precision"]),
    ("quote@0.8 R", lambda s: s["quote@0.8"]["recall"]),
    ("quote_strict F1", lambda s: s["quote_strict"]["f1"]),
    ("speaker_name_acc", lambda s: s["speaker_name_acc"]),
    ("speaker_mention_acc", lambda s: s["speaker_mention_acc"]),
    ("cue_acc", lambda s: s["cue_acc"]),
    ("attributed@0.3 P", lambda s: s["attributed@0.3"]["precision"]),
    ("attributed@0.3 R", lambda s: s["attributed@0.3"]["recall"]),
    ("predicted", lambda s: s["predicted"]),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", action="store_true", help="also score dev.jsonl (aggregate figures only)")
    parser.add_argument("--limit", type=int, default=0, help="first N articles of each split")
    parser.add_argument("--typewriter", action="store_true",
                        help="score US and British styles typed with straight marks")
    parser.add_argument("--errors", type=Path, help="write the train-named errors of the last style here "
                        "(marks+titles, or british straight with --typewriter)")
    parser.add_argument("--errors-style", help="write the errors of this style instead (e.g. 'us straight')")
    parser.add_argument("--model", default=Settings().spacy_model)
    args = parser.parse_args(argv)
    from app.nlp.pipeline import build_pipeline

    nlp = build_pipeline(args.model)
    results = {}
    for split in ("train-named", "dev") if args.dev else ("train-named",):
        articles = load_gold(POLNEAR / f"{split}.jsonl")
        articles = articles[: args.limit] if args.limit else articles
        if args.typewriter:  # each style against the original, British curly beside British straight
            names, width, gap_width, gapped = TYPEWRITER_VARIANTS, 18, 20, TYPEWRITER_VARIANTS[1:]
        else:
            names, width, gap_width, gapped = VARIANTS, 14, 10, VARIANTS[2:]
        variants = {"original": articles}
        variants.update({name: [rewrite(article, style=name) for article in articles] for name in names[1:]})
        evaluations = {name: score(nlp, texts) for name, texts in variants.items()}
        summaries = {name: evaluation.summary() for name, evaluation in evaluations.items()}
        for name in gapped:
            drift = sum(drifted_spans(a, b) for a, b in zip(articles, variants[name]))
            changed = sum(a["text"] != b["text"] for a, b in zip(articles, variants[name]))
            label = "" if not args.typewriter else f" to {name}"
            print(f"\n{split}: {len(articles)} articles, {changed} rewritten{label}, {drift} gold spans drifted")
        print(f"{'metric':<22}" + "".join(f"{name:>{width}}" for name in names)
              + "".join(f"{'gap' if not args.typewriter else 'Δ ' + name:>{gap_width}}" for name in gapped))
        for label, read in ROWS:
            values = [read(summaries[name]) for name in names]
            cells = "".join(
                f"{value:>{width}}" if isinstance(value, int) else f"{value:>{width}.4f}" for value in values
            )
            gaps = [read(summaries[name]) for name in gapped]
            gaps = [gap - values[0] for gap in gaps if None not in (gap, values[0])]
            print(f"{label:<22}{cells}" + "".join(f"{gap:>+{gap_width}.4f}" for gap in gaps))
        results[split] = summaries
        if args.errors and split == "train-named":
            with args.errors.open("w", encoding="utf-8") as out:
                for article in evaluations[args.errors_style or names[-1]].errors:
                    print(f"== {article['article']}", file=out)
                    for item in article["errors"]:
                        print("   " + json.dumps(item, ensure_ascii=False), file=out)
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
