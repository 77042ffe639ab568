"""A main verb the parser leaves without a subject (`Young, later alleging - falsely - that Lind wanted …, said he
would …`, with `Young` read as an adjective) has for subject the name opening the sentence, so a `he` in the clause
it reports is that name, not the subject of the clause set between (issue 8). Sentences of our own, real model."""

import pytest

from app.nlp.extensions import ENTITIES, QUOTES
from app.nlp.identity import Resolver

pytestmark = pytest.mark.slow


def test_he_is_the_name_opening_a_sentence_whose_verb_the_parser_left_without_subject(nlp):
    text = (
        "Governor Ana Lind and Senator Paul Young met in Dayton on Friday. Young, later alleging - again falsely - "
        "that Governor Lind wanted to admit 250,000 migrants, said he would close the border."
    )
    doc = nlp(text)
    said = next(token for token in doc if token.lower_ == "said")
    assert not any(child.dep_.startswith("nsubj") for child in said.children)  # the parse this rule is for
    he = next(token for token in doc if token.lower_ == "he")
    resolver = Resolver(doc, doc._.get(ENTITIES) or [], doc._.get(QUOTES) or [], 150, 20)
    assert resolver.pronoun(he, "male").name == "Paul Young"
