"""Score the quote pipeline against annotated articles: `python -m app.evaluate GOLD.jsonl|GOLD.json`.

Prints one JSON object with the metrics of `../shared/eval/FORMAT.md` (relative to the repository); `--errors` also lists, per article,
the missed and spurious quotes and the wrong speakers, mentions and roles on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.nlp.contract import ExtractedQuote, extract_quotes
from app.nlp.metrics import Evaluation
from app.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language


def load_gold(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return data if isinstance(data, list) else [data]


def as_prediction(quote: ExtractedQuote) -> dict:
    speaker = quote.speaker
    return {
        "content": [list(span) for span in quote.spans],
        "source": [speaker.mention.start, speaker.mention.end] if speaker and speaker.mention else None,
        "cue": [quote.cue.start, quote.cue.end] if quote.cue else None,
        "speaker": speaker.name if speaker else None,
        "role": speaker.role if speaker else None,
        "confidence": quote.confidence,
    }


def evaluate(articles: list[dict], model_name: str, batch_size: int = 8) -> Evaluation:
    from app.nlp.pipeline import build_pipeline

    return score(build_pipeline(model_name), articles, batch_size)


def score(nlp: "Language", articles: list[dict], batch_size: int = 8) -> Evaluation:
    """The pipeline's quotes on each article scored against its gold (bench.house_style scores rewritten texts)."""
    evaluation = Evaluation()
    texts = (article["text"] for article in articles)
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=batch_size)):
        predicted = [as_prediction(quote) for quote in extract_quotes(doc)]
        evaluation.add_article(article.get("quotes", []), predicted, str(article.get("id", "")), article["text"])
    return evaluation


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, help="gold file: one JSON article or JSON lines")
    parser.add_argument("--errors", action="store_true", help="list per-article errors on stderr")
    parser.add_argument("--model", default=Settings().spacy_model, help="installed spaCy pipeline to parse with")
    args = parser.parse_args(argv)
    evaluation = evaluate(load_gold(args.gold), args.model)
    if args.errors:
        for article in evaluation.errors:
            print(f"== {article['article']}", file=sys.stderr)
            for item in article["errors"]:
                print("   " + json.dumps(item, ensure_ascii=False), file=sys.stderr)
    print(json.dumps(evaluation.summary(), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
