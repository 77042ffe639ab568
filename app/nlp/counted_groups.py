"""Groups counted or placed out of a body, and the named people a count stands for.

`several oppose` after `most Democrats have not signed on`, `one New Hampshire Democrat`, `Democrats in Congress`,
`the two voters` after `Sandra Paradis and Jim Bennett`: a description that counts its people (a quantifier
standing alone, a number, `both`, `a`/`another` out of a body) is members the article counted out or named,
never the body itself nor one person it describes, so these rules are kept apart from those that pick one entity.
"""

from __future__ import annotations

from spacy.tokens import Token

from .document_resolution import names_someone
from .people_words import document_nouns
from .resolution import PLURAL_TAGS, Resolution, definite, number_words
from .tokens import children

_COUNTING = frozenset({"a", "an", "one", "another"})  # determiners that count one member out of many
_PLACING = frozenset({"in", "across", "throughout", "outside", "around", "on", "from"})  # `Democrats in Congress`: the body's members there
QUANTIFIERS = frozenset({"some", "several", "many", "most", "another", "few", "other"})  # counting members out of a group
_ADDING = frozenset({"yet", "still"})  # `yet another`: one more of the same


class CountedGroups:
    """Mixed into `identity.Resolver` through `DescriptionResolution`; reads its `doc`, `entities`, `entity_at`,
    `owner`, `spoken`, `window`, `max_tokens`, `group` and `_conjuncts`, and keeps the per-article `_paired`."""

    def _elided_noun(self, quantifier: Token) -> str | None:
        """`Some say` after `many Jewish leaders`, `Yet another said` after `another New Hampshire Republican`: a
        quantifier standing alone counts members of the group the article just counted out with a quantifier of its
        own, in this sentence or the one before (outside quotations), so it takes that group's words."""
        singular = quantifier.lower_ == "another"
        sentence = quantifier.sent
        start = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        for i in range(quantifier.i - 1, max(start, quantifier.i - self.window) - 1, -1):
            noun = self.doc[i]
            if noun.pos_ not in ("NOUN", "PROPN") or self.owner[i] != -1 or (noun.tag_ in PLURAL_TAGS) == singular:
                continue
            counted = [c for c in children(noun) if c.i < noun.i and c.lower_ in QUANTIFIERS and c.dep_ in ("det", "amod", "nummod")]
            if not counted or not (names_someone(noun) or noun.ent_type_ in ("NORP", "PERSON")):
                continue
            words = self.doc[counted[-1].i + 1 : noun.i + 1]
            if not words or any(t.is_punct for t in words) or len(words) > self.max_tokens:
                return None
            adverb = self.doc[quantifier.i - 1] if quantifier.i and self.doc[quantifier.i - 1].lower_ in _ADDING else None
            return " ".join(([adverb.text] if adverb is not None else []) + [quantifier.text, words.text])
        return None

    def one_of_many(self, head: Token, named: int) -> bool:
        """`one New Hampshire Democrat`, `another Iowa Republican`, `half a dozen Senate Republicans`, `Democrats in
        Congress`: members counted or placed out of a body, written as the article describes them rather than as the body (a person's name never
        is)."""
        if self.entities[named].kind == "person" or head.lemma_.lower() in document_nouns():
            return False  # `a Morning Consult Poll` is a document of the pollster
        if head.tag_ in PLURAL_TAGS:
            counted = any(c.dep_ == "nummod" for c in children(head) if c.i < head.i)
            placed = any(c.dep_ == "prep" and c.lower_ in _PLACING for c in children(head) if c.i > head.i)
            return counted or (placed and self.entities[named].plural)  # `Republicans across the country`
        return any(c.dep_ in ("det", "nummod") and c.lower_ in _COUNTING for c in children(head) if c.i < head.i)

    def _named_coordination(self, head: Token) -> Resolution | None:
        """`the two voters`, `both candidates`, `the four contenders`: the last coordination outside quotations
        of exactly that many named people, when the description counts them and names no one itself."""
        counted = [number_words()[t.lower_] for t in [head, *children(head)] if t.lower_ in number_words() and t.dep_ in ("nummod", "det", "nsubj", "nsubjpass", "ROOT", "dobj")]
        if not counted or not (definite(head) or head.lower_ == "both" or any(c.lower_ == "both" for c in children(head))):
            return None
        if any(c.dep_ in ("prep", "relcl", "poss", "acl") for c in children(head)):
            return None  # `both of whom`, `the two men who …`: not a bare count of people named before
        for i in range(head.i - 1, max(-1, head.i - self.window), -1):
            token = self.doc[i]
            if self.owner[i] != -1 or token.dep_ == "conj" or self.entity_at[i] == -1 or not any(c.dep_ == "conj" for c in children(token)):
                continue
            conjuncts = self._conjuncts(token)
            if len(conjuncts) == counted[0] and all(self.entity_at[c.i] != -1 and self.entities[self.entity_at[c.i]].kind == "person" for c in conjuncts):
                return self.group(conjuncts)
        return self._last_quoted_people(head.i, counted[0])

    def _last_quoted_people(self, position: int, count: int) -> Resolution | None:
        """`“…,” Paradis said. … “…,” Bennett said. … The two voters acknowledged`: the last `count` different
        named speakers quoted within the window, in the order the article first quoted them (any kind the table gave
        them but a group or a document: the table may take a person for an organisation)."""
        people: list[int] = []
        for at, found in reversed(self.spoken):
            if at >= position:
                continue
            if at < position - self.window or found.kind in ("group", "document") or found.entity is None:
                break
            if found.entity not in people:
                people.append(found.entity)
            if len(people) == count:
                first_quoted = {}
                for at, each in self.spoken:
                    first_quoted.setdefault(each.entity, at)
                people.sort(key=lambda index: first_quoted[index])
                people = list(self._pairings().get(frozenset(people), people))  # as the article pairs them, if it does
                names = tuple(self.entities[index].name for index in people)
                return Resolution(" and ".join(names), "group", "description", None, names, True)
        return None

    def _pairings(self) -> dict[frozenset[int], tuple[int, ...]]:
        """Each coordination of named entities the article writes (`Paradis and Bennett`), in its order; one pass."""
        if self._paired is None:
            self._paired = {}
            for token in (self.doc[i] for i, index in enumerate(self.entity_at) if index != -1):  # names only: no Token for the rest
                if token.dep_ != "conj" and any(c.dep_ == "conj" for c in children(token)):
                    order = tuple(dict.fromkeys(self.entity_at[c.i] for c in self._conjuncts(token)))
                    if -1 not in order:
                        self._paired.setdefault(frozenset(order), order)
        return self._paired
