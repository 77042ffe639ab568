"""Documents as sources: a poll, statement, tweet or report speaks for whoever the article says stands behind it.

`Trump's tweet` → Donald Trump, `a Bloomberg poll` → Bloomberg, `a statement from the ministry` → the ministry,
`the poll` → the pollster of the last poll the article attributed; the document itself only when the article
names nobody behind it.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Token

from .lexicon import ORGANISATION_NOUNS
from .people_words import document_nouns, pronoun_agreement
from .resolution import POLL_WORDS, Resolution
from .tokens import children, lefts

_OWNER_PREPOSITIONS = ("by", "from", "of", "in")  # in order of preference: `a report by X`, `an editorial in Y`


class DocumentResolution:
    """Mixed into `identity.Resolver`, whose per-article indexes (`entity_at`, `owner`) it reads."""

    def behind_document(self, head: Token) -> Resolution | None:
        """`Trump's tweet`, `a Bloomberg poll`, `a statement from the ministry`: whoever stands behind it."""
        for child in children(head):
            if child.dep_ == "poss":
                return self._owner(child)
        names = [child for child in lefts(head) if child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN"]
        if names:  # `a Reuters/Ipsos poll`, `a New York Times/CBS News poll`: the pollster as written
            start = min(child.left_edge.i for child in names)
            if any(self.entity_at[i] != -1 for i in range(start, head.i)) or self._proper_run(start, head.i):
                text = "".join(t.text_with_ws for t in self.doc[start : head.i]).strip()
                single = {self.entity_at[i] for i in range(start, head.i)}
                if len(single) == 1 and -1 not in single:
                    return self.of_entity(single.pop(), "document")
                return Resolution(text, "organization", "document")
        inner = next((c for c in lefts(head) if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in document_nouns()), None)
        if inner is not None and inner.i - inner.left_edge.i < self.max_tokens:
            behind = self.behind_document(inner)  # `CNN exit poll data`: whoever stands behind the poll
            if behind is not None:
                return behind
        owners: dict[str, Token] = {}  # `a paper from the Brookings Institution`, `a poll released Friday by Latino Decisions`
        for i in range(head.i + 1, min(head.right_edge.i + 1, head.i + self.max_tokens)):
            token = self.doc[i]
            if token.dep_ == "pobj" and token.head.lower_ in _OWNER_PREPOSITIONS and self.owner[i] == -1:
                if self.entity_at[i] != -1 or token.lemma_.lower() in ORGANISATION_NOUNS or self._proper_run(i, i + 1):
                    owners.setdefault(token.head.lower_, token)
        for preposition in _OWNER_PREPOSITIONS:
            pobj = owners.get(preposition)
            if pobj is not None and pobj.i - pobj.left_edge.i < self.max_tokens:
                found = self.resolve(pobj.left_edge.i, pobj.i + 1)
                return replace(found, via="document")
        return None

    def _proper_run(self, start: int, end: int) -> bool:
        """Capitalised proper nouns the entity table did not keep (`comScore`, `RealClearPolitics`), no dates."""
        tokens = [t for t in self.doc[start:end] if not t.is_punct]
        return bool(tokens) and all((t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON")) and t.ent_type_ not in ("DATE", "TIME", "GPE")
                                    and any(ch.isupper() for ch in t.text) for t in tokens)

    def _earlier_document(self, head: Token) -> Resolution | None:
        if self._documents is None:
            self._documents = {}
            for token in self.doc:
                if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in document_nouns() and self.owner[token.i] == -1:
                    owners = [c for c in children(token) if c.dep_ in ("poss", "compound")]
                    owners += [g for c in children(token) if c.dep_ == "prep" and c.lower_ in ("by", "from") for g in children(c) if g.dep_ == "pobj"]
                    if any(self.entity_at[c.i] != -1 or self._proper_run(c.i, c.i + 1) for c in owners):
                        lemma = token.lemma_.lower()
                        for key in dict.fromkeys((lemma, _document_family(lemma))):
                            self._documents.setdefault(key, []).append(token.i)
        lemma = head.lemma_.lower()
        for key in (lemma, _document_family(lemma)):  # the same word first: `the poll` is the last poll
            positions = self._documents.get(key, [])
            before = bisect_left(positions, head.i)
            if before:
                return self.behind_document(self.doc[positions[before - 1]])
        return None

    def _owner(self, token: Token) -> Resolution:
        agreement = pronoun_agreement().get(token.lower_)
        if token.pos_ == "PRON" and agreement is not None:
            found = self.pronoun(token, agreement)
        elif self.entity_at[token.i] != -1:
            found = self.of_entity(self.entity_at[token.i], "name")
        else:
            found = self.description(token)
        return replace(found, via="document")


def _document_family(lemma: str) -> str:
    """`the results`, `the data` and `the survey` speak for the poll an article reported before them."""
    return "poll" if lemma in POLL_WORDS else lemma
