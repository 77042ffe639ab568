"""Exchanges written as alternating paragraphs: after a question, quote paragraphs with no cue of their own take
turns between the one who asks and the one asked, as a hearing or an interview is written:

    “Mr. Kessel, did you know the system was failing?” she asked.
    “We knew it was under strain.”          <- Kessel, the one asked
    “That's not what I asked.”              <- she again
    “Yes. We knew there were problems.”     <- Kessel

`carried_speakers.continue_previous_speaker` gives every such paragraph the voice of the quote before it; here,
once identity knows who each cued quote is, a run of them that answers a question (or asks again after an answer)
alternates instead. The one asked is the person the question addresses by name (`Mr. Kessel,`), else the last other
person quoted in the paragraphs just before it when the question is put with an asking verb (`she asked`; a rhetorical
question `he said` goes on in his voice). Called by `identity` once per article; linear in the quotes."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc

from .candidates import QuoteCandidate
from .extensions import doc_text
from .lexicon import honorifics, title_abbreviations, title_words
from .resolution import asking_verbs
from .token_ranges import paragraph_breaks, token_offsets

_VOCATIVE = re.compile(r"(?:([A-Z][\w'’-]*)\.?\s+)?([A-Z][\w'’-]+),")  # `Mr. Kessel,` `Senator Kessel,` `Kessel,`
_NEAR_PARAGRAPHS = 2  # how far back the one asked may have last spoken, when the question names nobody


def alternate_turns(doc: Doc, quotes: list[QuoteCandidate]) -> None:
    text = doc_text(doc)
    order = [q for q in quotes if q.keep and q.marked and (q.resolved is not None or q.attribution == "continuation")]
    i = 0
    while i < len(order):
        head, run = order[i], []
        j = i + 1
        while j < len(order) and order[j].attribution == "continuation" and order[j].inherited_from is (run[-1] if run else head):
            run.append(order[j])
            j += 1
        if run and _spoken(head):
            turns = _turns(doc, text, quotes, order[:i], head, run[0])
            if turns is not None:
                for k, quote in enumerate(run):
                    quote.inherited_from, quote.speaker = turns[k % 2], turns[k % 2].speaker
        i = j


def _spoken(quote: QuoteCandidate) -> bool:
    return quote.inherited_from is None and quote.resolved is not None and quote.resolved.kind == "person" and quote.resolved.named


def _who(quote: QuoteCandidate) -> object:
    return quote.resolved.entity if quote.resolved.entity is not None else quote.resolved.name


def _question(text: str, quote: QuoteCandidate) -> bool:
    start, end = quote.pieces[-1]
    return text[start:end].rstrip(" \"'”’").endswith("?")


def _turns(doc: Doc, text: str, quotes: list[QuoteCandidate], before: list[QuoteCandidate], head: QuoteCandidate,
           first: QuoteCandidate) -> tuple[QuoteCandidate, QuoteCandidate] | None:
    """Whose turn the first, second … paragraph of the run is: (one, other)."""
    if _question(text, head):
        asking = head.cue is not None and doc[head.cue[0]].lemma_.lower() in asking_verbs()
        asked = _addressee(doc, text, [q for q in quotes if q.keep and q.start < head.start], head, asking)  # reported speech too
        return (asked, head) if asked is not None else None
    asking = next((q for q in reversed(before) if _spoken(q)), None)
    if (asking is not None and _question(text, asking) and _question(text, first) and _who(asking) != _who(head)
            and _breaks(doc, asking, head) == 1):
        return asking, head  # a question, its answer, then the asker again
    return None


def _addressee(doc: Doc, text: str, before: list[QuoteCandidate], head: QuoteCandidate, asking: bool) -> QuoteCandidate | None:
    """Whom the question addresses by name (`Mr. Kessel, did you …?`), else, when its verb puts a question (`she
    asked`, not `he said` after a rhetorical one), the last other person quoted just before it."""
    others = sorted((q for q in before if _spoken(q) and _who(q) != _who(head)), key=lambda q: q.start, reverse=True)
    named = _VOCATIVE.match(text, head.pieces[0][0])
    if named is not None and (named.group(1) is None or _title(named.group(1))):
        for quote in others:
            if quote.resolved.name.split()[-1] == named.group(2):
                return quote
    near = next(iter(others), None) if asking else None
    return near if near is not None and _breaks(doc, near, head) <= _NEAR_PARAGRAPHS else None


def _title(word: str) -> bool:
    """A title written before the name addressed (`Mr.`, `Dr`, `Sen.`, `Judge`, `Senator`), from the title lists
    (data/honorifics.txt, title_abbreviations.txt, titles.txt)."""
    lower = word.lower()
    return lower in honorifics() or word + "." in title_abbreviations() or lower in title_words()


def _breaks(doc: Doc, earlier: QuoteCandidate, later: QuoteCandidate) -> int:
    """Paragraph breaks between two quotes (a run of blank lines is one white-space token), from the break tokens
    `token_ranges.paragraph_breaks` keeps per Doc."""
    breaks, starts = paragraph_breaks(doc), token_offsets(doc)[0]
    return bisect_left(breaks, bisect_left(starts, later.start)) - bisect_left(breaks, bisect_left(starts, earlier.end))
