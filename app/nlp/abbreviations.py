"""Keeps a title with a full stop (`Sgt.`, `Gov.`, `Lt.`) from ending a sentence, before the parser runs.

The small English tokenizer knows `Gov.` or `Dr.` but splits `Sgt.` into `Sgt` + `.`, and the parser then ends
the sentence there: `“The public is not in danger,” Sgt. Dana Ortiz told reporters.` loses both its cue and its
speaker to a sentence of their own. Each listed title becomes one token (a tokenizer special case, added when
the component is created), and the capitalised word after it is marked as not starting a sentence, which the
parser respects. Post-name suffixes (`Jr.`) are only kept whole: their full stop may well end the sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from .lexicon import given_name_abbreviations, name_suffix_abbreviations, title_abbreviations, word_list
from .tokens import set_sentence_starts, token_texts


@Language.factory(
    "quotewise_abbreviations",
    assigns=["token.is_sent_start"],
)
def make_abbreviations(nlp: Language, name: str) -> "TitleAbbreviations":
    titles, suffixes = title_abbreviations() | given_name_abbreviations(), name_suffix_abbreviations()  # `Jose Ma. Ledesma`: inside a name
    for written in titles | suffixes:
        for form in {written, written.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for particle in word_list("name_particles.txt"):
        if "/" in particle:  # `Rajesh s/o Palaniappan`: one word of the name, not `s` + `/` + `o`
            nlp.tokenizer.add_special_case(particle, [{ORTH: particle}])
    return TitleAbbreviations(titles | {title.upper() for title in titles})


class TitleAbbreviations:
    def __init__(self, titles: frozenset[str] | set[str]) -> None:
        self.titles = frozenset(titles)

    def __call__(self, doc: Doc) -> Doc:
        not_starts: dict[int, bool] = {}
        texts = token_texts(doc)
        for i in range(len(doc) - 1):
            if texts[i] in self.titles:
                following = doc[i + 1]
                if following.text[:1].isupper() and not following.is_space:
                    not_starts[following.i] = False
        set_sentence_starts(doc, not_starts)
        return doc
