"""Builds the quotewise pipeline: a stock spaCy English model plus the quotewise components.

Every stock component of the English models is used (tagger and attribute ruler for POS, parser for the
dependency rules and sentences, lemmatizer for cue lemmas and topics, NER for names), so only `senter`
is excluded: the parser already sets sentence boundaries and `senter` is disabled by default anyway.
`quotewise_paragraph_breaks` runs just before the parser so no sentence crosses a paragraph.
The quotewise components then run in this order, each reading what the previous one left on the Doc:
quote spans → cues of direct quotes → indirect quotes → speaker mentions → the article's entity table →
identity (who each speaker is: name, kind, gender, members, role) → confidence (what to report) → topics. `quote_marks` works on raw text and runs on a blank pipeline too.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

from . import abbreviations, confidence, cues, entities, identity, indirect, paragraphs, quote_marks, speakers, topics  # noqa: F401  (register factories)
from .attribute_matches import match_attributes_on_arrays
from .extensions import register_extensions
from .lemma_memo import remember_lemmas
from .long_runs import LongRunGuard
from .name_runs import split_colons_before_quotes, split_dashes_before_names

COMPONENTS = (
    "quotewise_quote_spans",
    "quotewise_cues",
    "quotewise_indirect_quotes",
    "quotewise_speakers",
    "quotewise_entities",
    "quotewise_identity",
    "quotewise_confidence",
    "quotewise_topics",
)
UNUSED_STOCK_COMPONENTS = ("senter",)


def build_pipeline(model_name: str) -> Language:
    register_extensions()
    nlp = spacy.load(model_name, exclude=list(UNUSED_STOCK_COMPONENTS))
    match_attributes_on_arrays(nlp)
    remember_lemmas(nlp)
    nlp.tokenizer.prefix_search = split_dashes_before_names(nlp.tokenizer.prefix_search)
    nlp.tokenizer.infix_finditer = split_colons_before_quotes(nlp.tokenizer.infix_finditer)
    nlp.tokenizer = LongRunGuard(nlp.tokenizer)
    nlp.add_pipe("quotewise_paragraph_breaks", before="parser" if "parser" in nlp.pipe_names else None)
    nlp.add_pipe("quotewise_abbreviations", before="quotewise_paragraph_breaks")
    for component in COMPONENTS:
        nlp.add_pipe(component, last=True)
    return nlp
