"""Measure each attribution rule's name precision and write the confidence table the pipeline reads.

    python -m app.nlp.calibrate ../shared/eval/polnear/train-named.jsonl

For every reported quote the pipeline finds in the annotated articles, the pair (attribution rule, how identity
resolved the speaker — name, pronoun, description, document, group, unnamed) is right when the quote matches a
gold quote (coverage ≥ 0.3, as the scorer matches) and its speaker name equals the gold name. Each pair's
precision, smoothed towards its rule's precision so small counts do not reach the extremes, is written to
app/nlp/data/confidence.tsv; `quotewise_confidence` reports it as the quote's confidence. Re-run it after
changing a rule, and the confidences stay what they claim to be.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from app.evaluate import load_gold
from app.nlp.confidence import TABLE
from app.nlp.extensions import QUOTES
from app.nlp.metrics import match, names_match
from app.settings import Settings

_PRIOR_WEIGHT = 5  # pseudo-observations of the rule's own precision added to each (rule, via) pair


def measure(articles: list[dict], model_name: str) -> dict[tuple[str, str], list[int]]:
    from app.nlp.pipeline import build_pipeline

    nlp = build_pipeline(model_name)
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])  # [right, total]
    for article, doc in zip(articles, nlp.pipe((a["text"] for a in articles), batch_size=8)):
        quotes = [q for q in doc._.get(QUOTES) or [] if q.speaker is not None]
        predicted = [{"content": [list(p) for p in q.pieces]} for q in quotes]
        gold = article.get("quotes", [])
        pairs = {p: g for g, p in match(gold, predicted, 0.3)}
        for index, quote in enumerate(quotes):
            g = pairs.get(index)
            if g is not None and (gold[g].get("optional") or not gold[g].get("speaker")):
                continue
            via = quote.resolved.via if quote.resolved is not None else "none"
            right = g is not None and quote.resolved is not None and names_match(quote.resolved.name, gold[g]["speaker"])
            for key in ((quote.attribution, via), (quote.attribution, "*")):
                counts[key][0] += int(right)
                counts[key][1] += 1
    return counts


def table_rows(counts: dict[tuple[str, str], list[int]]) -> list[str]:
    rows = ["# rule\tvia\tprecision\tquotes — written by `python -m app.nlp.calibrate`; do not edit by hand"]
    for (rule, via), (right, total) in sorted(counts.items()):
        prior_right, prior_total = counts[(rule, "*")]
        prior = prior_right / prior_total if prior_total else 0.5
        precision = (right + _PRIOR_WEIGHT * prior) / (total + _PRIOR_WEIGHT) if via != "*" else right / total
        rows.append(f"{rule}\t{via}\t{precision:.3f}\t{total}")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.nlp.calibrate", description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, help="annotated articles with speaker names (JSON lines)")
    parser.add_argument("--model", default=Settings().spacy_model, help="installed spaCy pipeline to parse with")
    parser.add_argument("--out", type=Path, default=TABLE)
    args = parser.parse_args(argv)
    rows = table_rows(measure(load_gold(args.gold), args.model))
    args.out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
