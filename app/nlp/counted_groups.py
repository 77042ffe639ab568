"""Groups counted or placed out of a body, and the named people a count stands for.

`several oppose` after `most Democrats have not signed on`, `one New Hampshire Democrat`, `Democrats in Congress`,
`the two voters` after `Sandra Paradis and Jim Bennett`: a description that counts its people (a quantifier
standing alone, a number, `both`, `a`/`another` out of a body) is members the article counted out or named,
never the body itself nor one person it describes, so these rules are kept apart from those that pick one entity.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Token

from .document_resolution import names_someone
from .people_words import document_nouns
from .resolution import PLURAL_TAGS, POLL_WORDS, SUBJECTS, Resolution, definite, number_words, organisation_nouns
from .tokens import children

_COUNTING = frozenset({"a", "an", "one", "another"})  # determiners that count one member out of many
_PLACING = frozenset({"in", "across", "throughout", "outside", "around", "on", "from"})  # `Democrats in Congress`: the body's members there
QUANTIFIERS = frozenset({"some", "several", "many", "most", "another", "few", "other"})  # counting members out of a group
_ADDING = frozenset({"yet", "still"})  # `yet another`: one more of the same
_EARLIER_NOUNS = 4  # earlier mentions of a plural's noun looked at for the names set beside it


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

    def _subjects_before(self, head: Token) -> Resolution | None:
        """`Sara Wells, director of …, and Omar Fisk, co-founder of …, praised the budget. "…," the analysts
        wrote`: a definite plural description opening its sentence goes on with the named people (or, for an
        organisation noun, `The agencies`, the named organisations) the sentence before made its subject together
        (as many as it counts, if it counts them), however far appositions set them apart, when no one is named
        before it in its own sentence."""
        lemma = head.lemma_.lower()
        if head.tag_ not in PLURAL_TAGS or head.dep_ not in SUBJECTS or not (definite(head) or any(c.lower_ == "both" for c in children(head))):
            return None
        if lemma in document_nouns() or lemma in POLL_WORDS or head.ent_type_:
            return None
        wanted = "organization" if lemma in organisation_nouns() else "person"  # `The departments` after two named ones
        if any(c.dep_ in ("poss", "prep", "relcl", "acl", "appos") for c in children(head)):
            return None
        sentence = head.sent
        if head.head.dep_ != "ROOT" or any(self.entity_at[i] != -1 and self.owner[i] == -1 for i in range(sentence.start, head.i)):
            return None  # `After the candidates opposed it`: a clause's subject, not the sentence's
        before = sentence.start - 1
        while before >= 0 and (self.owner[before] != -1 or self.doc[before].is_punct or self.doc[before].is_space):
            before -= 1  # the sentence before the quotation this one opens with
        if before < 0:
            return None
        counted = [number_words()[c.lower_] for c in children(head) if c.lower_ in number_words() and c.dep_ in ("nummod", "det")]
        for token in self.doc[before].sent:
            if token.dep_ not in SUBJECTS or token.head.dep_ != "ROOT" or self.owner[token.i] != -1 or self.entity_at[token.i] == -1:
                continue
            conjuncts = self._conjuncts(token)
            people = {self.entity_at[c.i] for c in conjuncts}
            if len(conjuncts) < 2 or len(people) != len(conjuncts) or -1 in people or any(self.entities[i].kind != wanted for i in people):
                return None
            return self.group(conjuncts) if not counted or counted[0] == len(conjuncts) else None
        return None

    def _counted_body_quoted(self, head: Token) -> Resolution | None:
        """`Nine unions and rights groups urged …` quoted, then `the groups say` or `the organizations who wrote to
        him`: a definite plural organisation noun naming no one is the last body of organisations the article
        counted out with a number and quoted, as it first wrote them, whatever organisation noun it writes now."""
        if head.tag_ not in PLURAL_TAGS or not definite(head) or head.lemma_.lower() not in organisation_nouns():
            return None
        if any(c.dep_ in ("poss", "prep", "appos", "acl", "compound", "amod") for c in children(head)):
            return None  # `the groups' leaders`, `the civil rights groups`: not only the body counted before
        for at, found in reversed(self.spoken):
            if at >= head.i or found.kind != "group" or found.named:
                continue
            first = self.doc[at]
            body = first.head
            if found.via in ("description", "document") or (first.like_num and first.lower_ not in ("one", "1") and first.dep_ in ("nummod", "nmod")
                                               and body.tag_ in PLURAL_TAGS and body.lemma_.lower() in organisation_nouns()):
                return replace(found, via="description")  # the body itself, or `the groups` (or `the letter`) already taken for it
            return None
        return None

    def _named_beside_earlier(self, head: Token) -> Resolution | None:
        """`The confrontation between the parents, Khizr and Ghazala Khan, and Mr. Trump …` then, paragraphs on,
        `Both parents stiffened …`: a bare definite (or `both`) plural is the named people the article last set
        between commas after the same noun (as many as it counts, if it counts them), however the parser hung them."""
        if head.tag_ not in PLURAL_TAGS or not (definite(head) or any(c.lower_ == "both" for c in children(head))):
            return None
        if any(c.dep_ in ("poss", "prep", "relcl", "acl", "appos") for c in children(head)):
            return None
        counted = [number_words()[c.lower_] for c in children(head) if c.lower_ in number_words() and c.dep_ in ("nummod", "det")]
        positions = self._same_noun(head)
        for at in reversed(positions[max(0, bisect_left(positions, head.i) - _EARLIER_NOUNS) : bisect_left(positions, head.i)]):
            people = self._listed_after(at + 1)
            if len(people) > 1 and (not counted or counted[0] == len(people)):
                names = tuple(self.entities[index].name for index in people)
                return Resolution(" and ".join(names), "group", "description", None, names, True)
        return None

    def _listed_after(self, comma: int) -> list[int]:
        """The people (or bodies: the table may take a person for one) named one after another between `comma` and
        the next comma (`, Khizr and Ghazala Khan,`)."""
        doc = self.doc
        if comma >= len(doc) or doc[comma].text != "," or self.owner[comma] != -1:
            return []
        people: list[int] = []
        i = comma + 1
        while i < len(doc) and len(people) <= self.max_tokens:
            index = self.entity_at[i]
            if index == -1 or self.entities[index].kind in ("group", "document") or index in people:
                return []
            people.append(index)
            while i < len(doc) and self.entity_at[i] == index:
                i += 1
            joint = i
            while joint < len(doc) and joint - i < 2 and (doc[joint].text == "," or doc[joint].lower_ == "and"):
                joint += 1  # `and`, `,` or `, and` before the next name
            if joint > i and joint < len(doc) and self.entity_at[joint] != -1 and doc[joint - 1].lower_ == "and" or (
                    joint == i + 1 and joint < len(doc) and self.entity_at[joint] != -1):
                i = joint
                continue
            return people if i == len(doc) or doc[i].text in (",", ")", ".", ";") else []
        return []

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
