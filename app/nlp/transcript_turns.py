"""Transcript turns: `FALLIN: Well, I think …` — a broadcast transcript names each speaker in capitals before a colon
at the start of the paragraph, with no quotation marks; the rest of the paragraph is what that speaker said
(`LEILA FAROOQ, HOST:` alone on its line labels the paragraph below it). PolNeAR annotates each turn as a quote whose
source is the label and whose cue is the colon. Only an article that reads as a dialogue has turns: labels at the
start of at least `_MIN_TURNS` paragraphs, one of them repeated, so that `UPDATE:` or `EXCLUSIVE:` over a story is
no speaker."""

from __future__ import annotations

import re
from collections import Counter

_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:, [A-Z][A-Za-z.' ]{1,30})?:(?=\s|$)")
_MIN_TURNS = 3
_WORDS = re.compile(r"\S(?:.*\S)?", re.S)


def transcript_turns(text: str, bounds: list[tuple[int, int]]) -> list[tuple[tuple[int, int], int, tuple[int, int], int]]:
    """(content, paragraph index, label, colon) in characters for each turn, in text order; `bounds` are the
    paragraphs' (start, end)."""
    labelled = []
    for index, (start, end) in enumerate(bounds):
        match = _LABEL.match(text, start, end)
        if match is not None and len(match.group(1)) > 1:
            labelled.append((index, match))
    repeated = Counter(match.group(1).split()[-1] for _, match in labelled)
    if len(labelled) < _MIN_TURNS or max(repeated.values(), default=0) < 2:
        return []
    turns = []
    labels = {index for index, _ in labelled}
    for index, match in labelled:
        content = _trimmed(text, match.end(), bounds[index][1])
        at = index
        while content[0] == content[1] and at + 1 < len(bounds) and at + 1 not in labels:
            at += 1  # a label on a line of its own: the next paragraph with words is the turn
            content = _trimmed(text, *bounds[at])
        if content[0] < content[1]:
            turns.append((content, at, match.span(1), match.end() - 1))
    return turns


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The words of text[start:end] without the blanks around them; (end, end) when there are none."""
    words = _WORDS.search(text, start, end)
    return words.span() if words is not None else (end, end)


def label_names(labels: list[str]) -> dict[str, str]:
    """Each capitalised label as a name: the longest label of the article ending in the same word, in title case
    (`FAROOQ` under `LEILA FAROOQ, HOST:` is Leila Farooq)."""
    fullest: dict[str, str] = {}
    for label in labels:
        last = label.split()[-1]
        if len(label.split()) > len(fullest.get(last, "").split()):
            fullest[last] = label
    return {label: fullest[label.split()[-1]].title() for label in labels}
