"""Turn taking (fix16) reads its two facts from their single owners: the title before the name a question addresses
comes from the title lists (data/honorifics.txt, title_abbreviations.txt, titles.txt), not a list of its own, so
`Chairwoman Alvarez,` and `Governor Alvarez,` address her as `Mr. Lasko,` does him; the paragraph breaks between two
quotes are the break tokens `token_ranges.paragraph_breaks` keeps per Doc. Our own sentences."""

import pytest

from app.nlp.candidates import QuoteCandidate
from app.nlp.turn_taking import _breaks
from tests.nlp.speaking import speaker_of


def _hearing(title: str) -> str:
    return (
        "The panel heard from Nadia Alvarez, who runs the county's water board, from a state inspector and from the "
        "contractor's owner, Bert Quill.\n\n"
        "“We tested the pipes twice a year,” Alvarez told the panel.\n\n"
        "“The valves were replaced in the spring,” said the inspector, Ivan Pratt.\n\n"
        f"“{title} Alvarez, who signed the last test report?” Quill asked.\n\n"
        "“My deputy signed it.”\n\n"
        "“And you read it before it was filed?”"
    )


@pytest.mark.slow
@pytest.mark.parametrize("title", ["Ms.", "Chairwoman", "Commissioner"])
def test_a_question_addressing_a_titled_name_is_answered_by_her(analyse, title):
    text = _hearing(title)
    assert speaker_of(analyse, text, "My deputy signed it").name == "Nadia Alvarez"
    assert speaker_of(analyse, text, "you read it before").name == "Bert Quill"


def test_breaks_between_two_quotes_are_the_docs_break_tokens(nlp):
    text = "“One,” she said.\n\n\n“Two,” he said.\n \n“Three.”\nAnd “four.”"
    doc = nlp.make_doc(text)
    for component in ("quotewise_abbreviations", "quotewise_paragraph_breaks"):
        doc = nlp.get_pipe(component)(doc)

    def quote(words: str) -> QuoteCandidate:
        at = text.index(words)
        return QuoteCandidate(pieces=[(at, at + len(words))])

    assert _breaks(doc, quote("One,"), quote("Two,")) == 1  # a run of blank lines is one break
    assert _breaks(doc, quote("Two,"), quote("Three.")) == 1  # a line of spaces between two breaks too
    assert _breaks(doc, quote("One,"), quote("four.")) == 3
    assert _breaks(doc, quote("Three."), quote("four.")) == 1
