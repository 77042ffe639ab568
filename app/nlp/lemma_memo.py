"""The stock rule lemmatizer's answers remembered per (word, POS, morphology).

spaCy's rule lemmatizer caches its answer for inflected words only: for a base form (a singular noun, an
infinitive, a positive adjective: most of an article's words) it reads the token's POS, morphology (as a dict) and
text again at every occurrence, ~2.4 CPU ms per PolNeAR article. Its answer depends on nothing else (the word, its
POS and morphology, and the model's fixed tables), so it is remembered here for every word. The lemmatizer still
visits every token and still skips the lemmas the attribute ruler set; each token gets the same lemma.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Token

from .lexicon import read_rows

MAX_REMEMBERED = 500_000  # (word, POS, morphology) keys; forgotten all at once past this, so memory stays bounded


def remembering(lemmatize: Callable[[Token], list[str]]) -> Callable[[Token], list[str]]:
    answers: dict[tuple[int, int, int], list[str]] = {}

    def lemmatize_once(token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        forms = answers.get(key)
        if forms is None:
            if len(answers) >= MAX_REMEMBERED:
                answers.clear()
            forms = answers[key] = lemmatize(token)
        return forms

    return lemmatize_once


def corrected(lemmatize: Callable[[Token], list[str]]) -> Callable[[Token], list[str]]:
    """The rule lemmatizer with its known wrong answers replaced (data/lemma_fixes.tsv: `texted` is `text`, not
    `texte`); asked once per key under `remembering`."""
    fixes = {row[0]: row[1] for row in read_rows("lemma_fixes.tsv")}

    def lemmatize_right(token: Token) -> list[str]:
        forms = lemmatize(token)
        return [fixes.get(form, form) for form in forms] if token.pos_ == "VERB" else forms

    return lemmatize_right


def remember_lemmas(nlp: Language) -> None:
    """Gives the pipeline's stock lemmatizer, in rule mode, a memory of its (corrected) answers."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) == "rule":
        lemmatizer.lemmatize = remembering(corrected(lemmatizer.rule_lemmatize))
