"""`“Dad, the Mud Hens lost again …,” one begins` after `Walter's own letters …`, `“Mr. D on the floor again …,”
reads one from April 19` after `Simmons began keeping notes on her phone`: a bare `one` (or `another`) reading out
a text is one of the documents the article just spoke of, so it speaks for whoever stands behind them (their owner,
their producer) or, for documents nobody is named behind, for the subject of the clause that keeps or writes them.
Mixed into `identity.Resolver`; reads the document positions `DocumentResolution` indexes once per article."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Token

from .resolution import Resolution
from .tokens import children

_ONES = frozenset({"one", "another"})
_BARE_TAGS = frozenset({"NUM", "PRON", "NOUN", "DET"})  # how the tagger reads a `one` standing alone
_DATING = frozenset({"from", "dated", "written"})  # all a bare `one` may carry: `reads one from April 19`
_CLIMB = 3  # heads climbed from a document to the verb whose subject keeps it (`began keeping notes`)


def _subject(one: Token) -> bool:
    """`one begins`, and `reads one from April 19`, whose inverted subject the parser takes for the verb's object."""
    verb = one.head
    inverted = one.dep_ == "dobj" and one.i > verb.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb))
    return one.dep_ in ("nsubj", "nsubjpass") or inverted


class OneOfDocuments:
    """Mixed into `identity.Resolver` with `DocumentResolution` (`_document_index`, `document`) and `resolve`."""

    _document_order: list[int] | None = None  # every document position outside quotations, in order; per Resolver

    def one_of_documents(self, head: Token) -> Resolution | None:
        """Who a bare `one`, the subject of a quote's verb, stands for, or None when it is no such `one`."""
        if head.lower_ not in _ONES or head.pos_ not in _BARE_TAGS or head.head.pos_ != "VERB" or not _subject(head):
            return None
        if any(child.i < head.i or not (child.dep_ == "prep" and child.lower_ in _DATING) for child in children(head)):
            return None  # `One of them, Ana Ruiz, said`, `About one in five said`: a person of a group
        if self._document_order is None:
            self._document_order = sorted(at for positions in self._document_index().values() for at in positions)
        before = bisect_left(self._document_order, head.i)
        if before == 0 or head.i - self._document_order[before - 1] > self.window:
            return None
        document = self.doc[self._document_order[before - 1]]
        found = self.document(document) or self._keeper(document)
        return replace(found, via="document") if found is not None and (found.named or found.kind in ("person", "organization")) else None

    def _keeper(self, document: Token) -> Resolution | None:
        """The subject of the clause whose object the documents are (`Simmons … began keeping notes`)."""
        if document.dep_ in ("nsubj", "nsubjpass"):
            return None  # `Her letters fill two shoeboxes`: no one keeps them in this clause
        verb = document.head
        for _ in range(_CLIMB):
            subject = next((c for c in children(verb) if c.dep_ == "nsubj" and self.owner[c.i] == -1), None)
            if subject is not None:
                return self.resolve(subject.left_edge.i if subject.pos_ != "PRON" else subject.i, subject.i + 1)
            if verb.dep_ not in ("xcomp", "prep", "pobj", "dobj") or verb.head is verb:
                return None
            verb = verb.head
        return None
