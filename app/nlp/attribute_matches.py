"""The stock `attribute_ruler`'s matches found on the Doc's token arrays instead of by spaCy's Matcher.

The English models' attribute ruler sets POS, morphology and some lemmas with ~180 patterns, nearly all one token
long (`{"TAG": "PRP", "LOWER": "she"}`). spaCy's Matcher tries every pattern at every token: 14 CPU ms per PolNeAR
article, a tenth of the whole parse, to find ~1,200 matches. Here each pattern is a conjunction of tests on
columns of `doc.to_array` (equality, IN, NOT_IN, REGEX on ORTH, LOWER, TAG, DEP and IS_SPACE, without operators):
a one-token pattern with an equality test is tried only on the tokens that have its value, the others as numpy
masks over the whole Doc. The matches are the Matcher's (key, start, end), each once, as the Matcher dedupes them. A key with any pattern of another form (an operator, an extension attribute, another predicate or
attribute) keeps a Matcher of its own. The ruler sorts the matches and applies them exactly as before, so every
token gets the same attributes (tests/nlp/test_perf9_attribute_matches.py compares both on every pattern).
"""

from __future__ import annotations

import re

import numpy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# Attributes whose `doc.to_array` column holds what the Matcher compares: the string hash (or 0/1 for the flag).
ARRAY_ATTRIBUTES = {"ORTH": "ORTH", "TEXT": "ORTH", "LOWER": "LOWER", "TAG": "TAG", "DEP": "DEP",
                    "IS_SPACE": "IS_SPACE"}
STRING_ATTRIBUTES = frozenset({"ORTH", "LOWER", "TAG", "DEP"})

MAX_VERDICTS = 200_000  # remembered regex verdicts per pattern (one per distinct word): memory stays bounded
Test = tuple[str, str, object]  # (attribute, "eq" | "in" | "not_in" | "regex", value)


def _token_tests(spec: object, strings) -> list[Test] | None:  # noqa: ANN001 - a spaCy StringStore
    """The tests of one token pattern, or None when it has a form this module does not evaluate."""
    if not isinstance(spec, dict) or not spec:
        return None
    tests: list[Test] = []
    for name, value in spec.items():
        attribute = ARRAY_ATTRIBUTES.get(name)
        if attribute is None:
            return None
        if isinstance(value, bool):
            tests.append((attribute, "eq", int(value)))
        elif isinstance(value, str) and attribute in STRING_ATTRIBUTES:
            tests.append((attribute, "eq", strings.add(value)))
        elif isinstance(value, dict) and value and attribute in STRING_ATTRIBUTES:
            for predicate, argument in value.items():
                if predicate in ("IN", "NOT_IN") and isinstance(argument, list | tuple) and all(
                        isinstance(item, str) for item in argument):
                    tests.append((attribute, predicate.lower(), frozenset(get_string_id(item) for item in argument)))
                elif predicate == "REGEX" and isinstance(argument, str):
                    tests.append((attribute, "regex", argument))
                else:
                    return None
        else:
            return None
    return tests


class ArrayMatcher:
    """Called as the ruler calls its Matcher; answers with the same matches (in another order, which the ruler
    sorts away). A one-token pattern with an equality test looks only at the tokens with that value (found through
    a per-Doc index of the column); the other patterns are evaluated as boolean masks over the whole Doc."""

    def __init__(self, matcher: Matcher, patterns: list[dict], strings) -> None:  # noqa: ANN001 - a StringStore
        self.stock = matcher  # kept for the ruler's `patterns` (read back through `get`) and serialisation
        self.residual = Matcher(matcher.vocab)
        self.anchored: list[tuple[int, str, int, list[Test]]] = []  # (key, attribute, value, the other tests)
        self.masked: list[tuple[int, list[list[Test]]]] = []  # (key, one list of tests per token)
        by_key: dict[str, list] = {}
        for index, entry in enumerate(patterns):  # the ruler's keys are the patterns' positions, as strings
            by_key.setdefault(str(index), []).extend(entry["patterns"])
        for key, token_patterns in by_key.items():
            compiled = [[_token_tests(spec, strings) for spec in pattern] if isinstance(pattern, list) and pattern
                        else [None] for pattern in token_patterns]
            if not all(tests is not None for pattern in compiled for tests in pattern):
                self.residual.add(key, token_patterns)
                continue
            for pattern in compiled:
                anchor = _anchor(pattern[0]) if len(pattern) == 1 else None
                if anchor is None:
                    self.masked.append((strings.add(key), pattern))
                else:
                    others = [test for test in pattern[0] if test is not anchor]
                    self.anchored.append((strings.add(key), anchor[0], anchor[2], others))
        self.columns = sorted({test[0] for _, _, _, tests in self.anchored for test in tests}
                              | {attribute for _, attribute, _, _ in self.anchored}
                              | {test[0] for _, pattern in self.masked for tests in pattern for test in tests})
        self.anchor_values = {attribute: numpy.array(sorted({value for _, name, value, _ in self.anchored
                                                             if name == attribute}), dtype=numpy.uint64)
                              for attribute in {name for _, name, _, _ in self.anchored}}
        self._verdicts: dict[str, tuple[re.Pattern, dict[int, bool]]] = {
            test[2]: (re.compile(test[2]), {}) for _, _, _, tests in self.anchored for test in tests
            if test[1] == "regex"} | {test[2]: (re.compile(test[2]), {}) for _, pattern in self.masked
                                      for tests in pattern for test in tests if test[1] == "regex"}

    def __call__(self, doc: Doc, *, allow_missing: bool = False, as_spans: bool = False) -> list[tuple[int, int, int]]:
        assert not as_spans, "the attribute ruler asks for (key, start, end) tuples"
        found = self.residual(doc, allow_missing=allow_missing, as_spans=False) if len(self.residual) else []
        length = len(doc)
        if not length or not self.columns:
            return found
        table = doc.to_array(self.columns).reshape(length, len(self.columns))
        arrays = {name: table[:, position] for position, name in enumerate(self.columns)}
        values = {name: array.tolist() for name, array in arrays.items()}
        matches: set[tuple[int, int, int]] = set()  # a set: the Matcher reports a (key, start, end) once
        indexes: dict[str, dict[int, list[int]]] = {}
        for attribute, wanted in self.anchor_values.items():  # where each anchor value occurs, the rest skipped
            index = indexes[attribute] = {}
            column = values[attribute]
            for position in numpy.flatnonzero(numpy.isin(arrays[attribute], wanted)).tolist():
                index.setdefault(column[position], []).append(position)
        for key, attribute, value, others in self.anchored:
            positions = indexes[attribute].get(value, ())
            if not others:
                matches.update((key, position, position + 1) for position in positions)
                continue
            for position in positions:
                if all(self._passes(doc, values[other][position], kind, argument) for other, kind, argument in others):
                    matches.add((key, position, position + 1))
        masks: dict[Test, numpy.ndarray] = {}
        for key, pattern in self.masked:
            width = len(pattern)
            if width > length:
                continue
            starts = length - width + 1
            hits = None
            for offset, tests in enumerate(pattern):
                for test in tests:
                    mask = masks.get(test)
                    if mask is None:
                        mask = masks[test] = self._mask(doc, arrays[test[0]], test)
                    piece = mask[offset:starts + offset]
                    hits = piece if hits is None else hits & piece
            matches.update((key, start, start + width) for start in numpy.flatnonzero(hits).tolist())
        found.extend(matches)
        return found

    def get(self, key: str) -> tuple:
        return self.stock.get(key)

    def __len__(self) -> int:
        return len(self.stock)

    def _passes(self, doc: Doc, value: int, kind: str, argument: object) -> bool:
        if kind == "eq":
            return value == argument
        if kind == "in":
            return value in argument
        if kind == "not_in":
            return value not in argument
        return self._matches_regex(doc, argument, value)

    def _matches_regex(self, doc: Doc, regex: str, value: int) -> bool:
        compiled, verdicts = self._remembered(regex)
        verdict = verdicts.get(value)
        if verdict is None:
            verdict = verdicts[value] = bool(compiled.search(doc.vocab.strings[value]))
        return verdict

    def _remembered(self, regex: str) -> tuple[re.Pattern, dict[int, bool]]:
        """The regex and its verdict on each string hash seen, forgotten all at once past MAX_VERDICTS."""
        compiled, verdicts = self._verdicts[regex]
        if len(verdicts) >= MAX_VERDICTS:
            verdicts.clear()
        return compiled, verdicts

    def _mask(self, doc: Doc, column: numpy.ndarray, test: Test) -> numpy.ndarray:
        _attribute, kind, value = test
        if kind == "eq":
            return column == value
        if kind in ("in", "not_in"):
            inside = numpy.isin(column, numpy.fromiter(value, dtype=column.dtype, count=len(value)))
            return inside if kind == "in" else ~inside
        compiled, verdicts = self._remembered(value)
        unique, inverse = numpy.unique(column, return_inverse=True)
        answers = []
        for hashed in unique.tolist():
            verdict = verdicts.get(hashed)
            if verdict is None:
                verdict = verdicts[hashed] = bool(compiled.search(doc.vocab.strings[hashed]))
            answers.append(verdict)
        return numpy.array(answers, dtype=bool)[inverse]


ANCHOR_PREFERENCE = ("LOWER", "ORTH", "DEP", "TAG")  # the columns with the most distinct values first


def _anchor(tests: list[Test]) -> Test | None:
    """The equality test that selects the fewest tokens, if the token pattern has one."""
    equalities = [test for test in tests if test[1] == "eq" and test[0] in ANCHOR_PREFERENCE]
    return min(equalities, key=lambda test: ANCHOR_PREFERENCE.index(test[0]), default=None)


def match_attributes_on_arrays(nlp: Language) -> None:
    """Gives the pipeline's stock attribute ruler (if any) an ArrayMatcher in place of its Matcher, and its own
    `match` and `set_annotations` without a StringStore look-up per match (the key is the pattern's position, as a
    string) nor two Span objects per match (only the token at the pattern's `index` is set): ~0.8 of the ~4.4 CPU
    ms per article left after the ArrayMatcher. Both do what the ruler's do, in the same order."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    patterns = ruler.patterns
    ruler.matcher = ArrayMatcher(ruler.matcher, patterns, nlp.vocab.strings)
    positions = {nlp.vocab.strings.add(str(position)): position for position in range(len(patterns))}

    def match(doc: Doc) -> list[tuple[int, int, int, int]]:
        """Sorted by the pattern's position, so that later rules have precedence, as the ruler sorts them."""
        return sorted((positions[key], key, start, end)
                      for key, start, end in ruler.matcher(doc, allow_missing=True, as_spans=False))

    def set_annotations(doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        attributes, indices = ruler.attrs, ruler.indices
        for position, _key, start, end in matches:
            index = indices[position]
            token = (end if index < 0 else start) + index  # as `Span(doc, start, end)[index]` picks it
            if not start <= token < end:
                raise ValueError(f"attribute ruler pattern {position}: index {index} is outside the match "
                                 f"{doc[start:end].text!r}")
            set_token_attrs(doc[token], attributes[position])

    ruler.match = match
    ruler.set_annotations = set_annotations
