"""A quotation opening its sentence with no cue of its own goes on in the voice of the sentence before: through the
quoted fragments of a mixed quote there, and, with no reporting verb at all, the person that sentence is about
(issue 8, no predicted mention although the text names one). Sentences written for these tests, real model."""

import pytest

from tests.nlp.speaking import mention_of

pytestmark = pytest.mark.slow


def test_a_quote_after_a_sentence_about_one_person_is_that_persons(analyse):
    text = (
        "“Jobs are scarce here,” says Mia Lorens, 32, of Oswego, who works in retail. Lorens supports Senator Kate Hall "
        "in the race. “I'm a college graduate, but I have loans, and I don't have a good job.”"
    )
    assert mention_of(analyse, text, "college graduate") == "Lorens"


def test_a_quote_after_a_sentence_about_a_crowd_stays_unattributed(analyse):
    text = "The town hall ran late into the evening. The crowd cheered loudly at the end. “We love you, we love you!”"
    quotes = [q for q in analyse(text) if "We love you" in q.text]
    assert all(q.speaker is None or q.speaker.mention is None or "crowd" not in q.speaker.mention.text for q in quotes)


def test_quoted_fragments_folded_into_a_mixed_quote_do_not_hide_the_cue_before_them(nlp):
    from app.nlp.candidates import QuoteCandidate
    from app.nlp.carried_speakers import attribute_from_previous_sentence

    text = 'Holt said the plan was "dead on arrival," a phrase she used twice. "We will not vote for it."'
    doc = nlp.make_doc(text)
    for _, component in nlp.pipeline:  # the parse only: the quotes below stand for what the quote steps found
        if getattr(component, "__module__", "").startswith("app."):
            continue
        doc = component(doc)

    def chars(words: str) -> tuple[int, int]:
        start = text.index(words)
        return start, start + len(words)

    fragment = QuoteCandidate(pieces=[chars("dead on arrival,")], keep=False)  # folded into the mixed quote
    mixed = QuoteCandidate(pieces=[chars('the plan was "dead on arrival," a phrase she used twice')], kind="mixed", marked=False)
    pending = QuoteCandidate(pieces=[chars("We will not vote for it.")])
    attribute_from_previous_sentence(doc, [mixed, fragment, pending])
    assert pending.speaker is not None and doc[pending.speaker[0] : pending.speaker[1]].text == "Holt"
