"""Quote-attribution metrics exactly as `../shared/eval/FORMAT.md` (relative to the repository) defines them, on plain dicts.

Gold and predicted quotes are dicts with `content` ([[start, end], ...]) and optional `source`, `cue`
([start, end]), `speaker`, `role`; predictions may carry `confidence`, gold may carry `optional`.
Kept free of spaCy so the numbers can be unit-tested on hand-made examples.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_LEADING_DROPS = frozenset("the a an mr mrs ms miss dr sir dame prof professor rev hon".split())
_PUNCT = re.compile(r"[^\w\s]")


def normalise_name(name: str | None) -> str:
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name).casefold().replace("’", "'").replace("‘", "'")
    text = re.sub(r"'s\b", "", text)
    words = _PUNCT.sub(" ", text).split()
    while words and words[0] in _LEADING_DROPS:
        words.pop(0)
    return " ".join(words)


def names_match(predicted: str | None, gold: str | None) -> bool:
    return bool(gold) and normalise_name(predicted) == normalise_name(gold)


def names_match_leniently(predicted: str | None, gold: str | None) -> bool:
    p, g = normalise_name(predicted).split(), normalise_name(gold).split()
    if not p or not g or p[-1] != g[-1]:
        return False
    return set(p) <= set(g) or set(g) <= set(p)


def _length(pieces) -> int:
    return sum(max(0, end - start) for start, end in _merged(pieces))


def _merged(pieces) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted((int(s), int(e)) for s, e in pieces):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def _intersection(a, b) -> int:
    total, i, j = 0, 0, 0
    a, b = _merged(a), _merged(b)
    while i < len(a) and j < len(b):
        total += max(0, min(a[i][1], b[j][1]) - max(a[i][0], b[j][0]))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return total


def overlaps(a, b) -> bool:
    return a is not None and b is not None and min(a[1], b[1]) > max(a[0], b[0])


def match(gold: list[dict], predicted: list[dict], threshold: float, strict: bool = False) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, best Jaccard first, among pairs covering the gold enough."""
    candidates = []
    for g, gold_quote in enumerate(gold):
        g_len = _length(gold_quote["content"])
        if g_len == 0:
            continue
        for p, pred_quote in enumerate(predicted):
            common = _intersection(gold_quote["content"], pred_quote["content"])
            if common == 0 or common / g_len < threshold:
                continue
            p_len = _length(pred_quote["content"])
            if strict and (p_len == 0 or common / p_len < 0.8):
                continue
            candidates.append((common / (g_len + p_len - common), g, p))
    candidates.sort(key=lambda item: (-item[0], item[1], item[2]))
    used_g, used_p, pairs = set(), set(), []
    for _, g, p in candidates:
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            pairs.append((g, p))
    return pairs


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def scores(self) -> dict:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


@dataclass
class Ratio:
    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.hits += int(hit)
        self.total += 1

    def value(self) -> float | None:
        return round(self.hits / self.total, 4) if self.total else None


@dataclass
class Evaluation:
    articles: int = 0
    gold: int = 0
    predicted: int = 0
    quote: dict[str, Counts] = field(default_factory=lambda: {"quote@0.3": Counts(), "quote@0.8": Counts(), "quote_strict": Counts()})
    speaker_name: Ratio = field(default_factory=Ratio)
    speaker_name_lenient: Ratio = field(default_factory=Ratio)
    speaker_mention: Ratio = field(default_factory=Ratio)
    cue: Ratio = field(default_factory=Ratio)
    role: Ratio = field(default_factory=Ratio)
    attributed: Counts = field(default_factory=Counts)
    attributed_gold_with_speaker: int = 0
    confident: Ratio = field(default_factory=Ratio)
    errors: list[dict] = field(default_factory=list)

    def add_article(self, gold: list[dict], predicted: list[dict], article_id: str = "", text: str = "") -> None:
        self.articles += 1
        self.gold += sum(1 for quote in gold if not quote.get("optional"))
        self.predicted += len(predicted)
        for key, threshold, strict in (("quote@0.3", 0.3, False), ("quote@0.8", 0.8, False), ("quote_strict", 0.8, True)):
            _count_matches(self.quote[key], gold, predicted, match(gold, predicted, threshold, strict))
        pairs = match(gold, predicted, 0.3)
        matched_pred = {p: g for g, p in pairs}
        report = _ArticleErrors(article_id, text)
        for g, p in pairs:
            gold_quote, pred_quote = gold[g], predicted[p]
            if gold_quote.get("optional"):
                continue
            name_right = names_match(pred_quote.get("speaker"), gold_quote.get("speaker"))
            if gold_quote.get("speaker"):
                self.speaker_name.add(name_right)
                self.speaker_name_lenient.add(names_match_leniently(pred_quote.get("speaker"), gold_quote["speaker"]))
                self.role.add(normalise_name(pred_quote.get("role")) == normalise_name(gold_quote.get("role")))
                if not name_right:
                    report.wrong_speaker(gold_quote, pred_quote)
                elif normalise_name(pred_quote.get("role")) != normalise_name(gold_quote.get("role")):
                    report.wrong_role(gold_quote, pred_quote)
            mention_right = overlaps(pred_quote.get("source"), gold_quote.get("source"))
            if gold_quote.get("source"):
                self.speaker_mention.add(mention_right)
                if not mention_right and not gold_quote.get("speaker"):
                    report.wrong_mention(gold_quote, pred_quote)
            if gold_quote.get("cue"):
                self.cue.add(overlaps(pred_quote.get("cue"), gold_quote["cue"]))
        gold_with_speaker = sum(1 for q in gold if q.get("speaker") and not q.get("optional"))
        self.attributed_gold_with_speaker += gold_with_speaker
        for p, pred_quote in enumerate(predicted):
            g = matched_pred.get(p)
            if g is not None and gold[g].get("optional"):
                continue
            correct_name = g is not None and names_match(pred_quote.get("speaker"), gold[g].get("speaker"))
            if correct_name:
                self.attributed.tp += 1
            else:
                self.attributed.fp += 1
            if (pred_quote.get("confidence") or 0.0) >= 0.8:
                self.confident.add(_correctly_attributed(gold[g], pred_quote) if g is not None else False)
            if g is None:
                report.spurious(pred_quote)
        for g, gold_quote in enumerate(gold):
            if not gold_quote.get("optional") and g not in {gg for gg, _ in pairs}:
                report.missed(gold_quote)
        if report.items:
            self.errors.append({"article": article_id, "errors": report.items})

    def summary(self) -> dict:
        attributed = Counts(self.attributed.tp, self.attributed.fp, self.attributed_gold_with_speaker - self.attributed.tp)
        return {
            **{key: counts.scores() for key, counts in self.quote.items()},
            "speaker_name_acc": self.speaker_name.value(),
            "speaker_name_lenient_acc": self.speaker_name_lenient.value(),
            "speaker_mention_acc": self.speaker_mention.value(),
            "cue_acc": self.cue.value(),
            "role_acc": self.role.value(),
            "attributed@0.3": attributed.scores() if self.attributed_gold_with_speaker else None,
            "precision_at_confidence_0.8": self.confident.value(),
            "predictions_at_confidence_0.8": self.confident.total,
            "articles": self.articles,
            "gold": self.gold,
            "predicted": self.predicted,
        }


def _count_matches(counts: Counts, gold, predicted, pairs) -> None:
    matched_gold = {g for g, _ in pairs}
    optional_pred = {p for g, p in pairs if gold[g].get("optional")}
    counts.tp += sum(1 for g, _ in pairs if not gold[g].get("optional"))
    counts.fp += sum(1 for p in range(len(predicted)) if p not in {pp for _, pp in pairs} and p not in optional_pred)
    counts.fn += sum(1 for g, quote in enumerate(gold) if g not in matched_gold and not quote.get("optional"))


def _correctly_attributed(gold_quote: dict, pred_quote: dict) -> bool:
    if gold_quote.get("speaker"):
        return names_match(pred_quote.get("speaker"), gold_quote["speaker"])
    if gold_quote.get("source"):
        return overlaps(pred_quote.get("source"), gold_quote["source"])
    return True


class _ArticleErrors:
    """Human-readable error lines for one article (`--errors`)."""

    def __init__(self, article_id: str, text: str) -> None:
        self.article_id, self.text, self.items = article_id, text, []

    def _snippet(self, quote: dict, limit: int = 90) -> str:
        words = " … ".join(self.text[s:e] for s, e in quote["content"]) if self.text else str(quote["content"])
        return words if len(words) <= limit else words[: limit - 1] + "…"

    def _span(self, span) -> str | None:
        return self.text[span[0] : span[1]] if span and self.text else None

    def missed(self, gold: dict) -> None:
        self.items.append({"missed": self._snippet(gold), "speaker": gold.get("speaker") or self._span(gold.get("source")), "cue": self._span(gold.get("cue"))})

    def spurious(self, pred: dict) -> None:
        self.items.append({"spurious": self._snippet(pred), "speaker": pred.get("speaker"), "cue": self._span(pred.get("cue"))})

    def wrong_speaker(self, gold: dict, pred: dict) -> None:
        self.items.append({
            "wrong_speaker": self._snippet(gold, 60), "gold": gold.get("speaker"), "predicted": pred.get("speaker"),
            "gold_mention": self._span(gold.get("source")), "predicted_mention": self._span(pred.get("source")),
            "mention_right": overlaps(pred.get("source"), gold.get("source")),
        })

    def wrong_mention(self, gold: dict, pred: dict) -> None:
        self.items.append({"wrong_mention": self._snippet(gold, 60), "gold": self._span(gold.get("source")), "predicted": self._span(pred.get("source"))})

    def wrong_role(self, gold: dict, pred: dict) -> None:
        self.items.append({"wrong_role": gold.get("speaker"), "gold": gold.get("role"), "predicted": pred.get("role")})
