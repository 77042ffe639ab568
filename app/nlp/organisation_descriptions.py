"""Descriptions of organisations: which body `the agency`, `the company`, `the union` or `executives there` is.

An organisation is described by the kind its name says (`the union` → `United Mine Workers of America`), by being the
company a business story is about (`the retailer` → `Hartwell & Pike Inc.`), or by having been quoted already (`the
newspaper said` after `The Advocate`); a person's description is decided elsewhere, so the two kinds of rules stay
apart.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from .described_entities import names_its_kind
from .lexicon import legal_name, word_list
from .name_runs import is_organisation_head
from .resolution import PLURAL_TAGS, Resolution, definite, organisation_name_words, organisation_nouns
from .tokens import children, rights

_LOCATIVE = frozenset({"in", "of", "across", "throughout", "around"})  # a place after these is where something is
_MAX_DESCRIPTION_CLIMB = 5  # heads climbed from an organisation's name to the apposition it stands in


def says_kind(name: str, kind_words: frozenset[str]) -> bool:
    """An organisation's name that says it is the kind a noun means (`the union` → `United Mine Workers of America`),
    not where the kind word only modifies a phrase before the name's own head, a body of another kind (`the company`
    is not the `National Company Law Tribunal`, `the union` not the `Workers Compensation Board`; `the police` is
    the `Jupiter Police Department`)."""
    words = name.split()
    at = [k for k, word in enumerate(words) if word.lower() in kind_words]
    if not at:
        return False
    rest = words[at[0] + 1 :]  # `Police Department`: a head right after the kind word is the kind's own body
    return not rest or is_organisation_head(rest[0]) or not any(is_organisation_head(word) and word.lower() not in kind_words for word in rest)


class OrganisationDescriptions:
    """Mixed into `identity.Resolver` through `DescriptionResolution`; reads its `doc`, `entities`, `entity_at`,
    `owner`, `mention_starts`, `window`, `spoken`, `reported` and `_mention_bounds`."""

    def _organisation_there(self, head: Token) -> str | None:
        """`executives there said`: people placed `there` right after an organisation was named (in their sentence or
        the one before, outside quotations) are that organisation's; a place named last leaves them as written."""
        if head.tag_ not in PLURAL_TAGS or not any(c.dep_ == "advmod" and c.lower_ == "there" and c.i == head.i + 1 for c in children(head)):
            return None
        sentence = head.sent
        start = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        for i in range(head.i - 1, start - 1, -1):
            index = self.entity_at[i]
            if index == -1 or self.owner[i] != -1:
                continue
            entity = self.entities[index]
            named_place = self.doc[i].ent_type_ in ("GPE", "LOC") or entity.kind != "organization"
            return None if named_place else entity.name
        return None

    def _organisation_named_next(self, head: Token) -> int | None:
        """`The union representing the state's paramedics said …. The Queensland Ambulance Union's state secretary …`:
        a definite organisation described by what it does (a participle after the noun) is introduced, not one named
        before; it is the one organisation whose name says that kind, first named in the same or the next sentence
        after the description."""
        kind_words = organisation_name_words().get(head.lemma_.lower())
        if not kind_words or head.tag_ in PLURAL_TAGS or not definite(head) or not any(c.dep_ == "acl" and c.tag_ == "VBG" for c in rights(head)):
            return None
        end = head.right_edge.i + 1
        last = min(len(self.doc), end + self.window)
        sentence = self.doc[head.i].sent
        following = self.doc[sentence.end].sent if sentence.end < len(self.doc) else sentence
        found = set()
        for i in range(end, min(last, following.end)):
            index = self.entity_at[i]
            if index == -1 or self.owner[i] != -1 or self.entities[index].kind != "organization":
                continue
            if min(self.mention_starts[index], default=-1) >= end and says_kind(self.entities[index].name, kind_words):
                found.add(index)
        return found.pop() if len(found) == 1 else None

    def _nearest_organisation(self, position: int, places: bool, noun: str, kind_named_only: bool = False) -> int | None:
        """The last organisation named outside quotations within the window before `position` — one whose name says it
        is that kind of organisation first (`the union` → `United Mine Workers of America`); a place only for a noun a
        place can stand for (`the government`, not `the company`)."""
        unwanted = ("NORP",) if places else ("NORP", "GPE", "LOC")
        kind_words = organisation_name_words().get(noun, frozenset())
        nearest = None
        for i in range(position - 1, max(-1, position - self.window), -1):
            index = self.entity_at[i]
            if index == -1 or self.owner[i] != -1:
                continue
            name_says_kind = says_kind(self.entities[index].name, kind_words)
            if self.doc[i].ent_type_ in unwanted and not (name_says_kind and self._legal_name(index)):
                continue  # a place, unless the word is the short name of a company the NER took for one (`Veltrona said`)
            if name_says_kind and self.entities[index].kind in ("organization", "unknown"):
                described = self._described_organisation(i, index)
                if described != index:
                    return described  # `the group` after `X, a project of the Y Foundation,`: X, whatever its name says
                return self._kind_named_subject(i, kind_words, index)  # `The Advocate` is a newspaper by its name, whatever kind the table gave it
            if self.entities[index].kind == "organization" and not (places and not self._whole_place(i)):
                if nearest is None:  # `the administration` is no committee or newspaper named before it
                    nearest = self._described_organisation(i, index)
        return None if kind_named_only else nearest

    def _legal_name(self, index: int) -> bool:
        """`Hartwell & Pike Inc.`, `Veltrona N.V.`, `Aldermoor Bank`: a company as business news names it, by a legal
        name whose last word is a corporate suffix (data/corporate_suffixes.txt)."""
        return self.entities[index].kind == "organization" and legal_name(self.entities[index].name.split())

    def _article_company(self, position: int) -> int | None:
        """The company a business story is about: the first the article names by its legal name before `position`
        (the lede's `Hartwell & Pike Inc. said Thursday …`), which `the company`, `the retailer` and `the lender` go
        back to however far they stand from it. The entity table is short, so this reads it, not the text."""
        first = None
        for index in range(len(self.entities)):
            starts = self.mention_starts[index]
            if starts and starts[0] < position and self._legal_name(index) and (first is None or starts[0] < self.mention_starts[first][0]):
                first = index
        return first

    def _says_its_kind(self, index: int, noun: str) -> bool:
        return says_kind(self.entities[index].name, organisation_name_words().get(noun, frozenset()))

    def _article_body(self, position: int, noun: str) -> int | None:
        """The one organisation named before `position` whose name says it is that kind of body (`the agency` →
        `Federal Trade Commission`) and that the article names most often (an agency's bureau named once loses to the
        agency itself); read from the entity table."""
        counts = sorted(((bisect_left(self.mention_starts[index], position), index) for index in range(len(self.entities))
                         if self.entities[index].kind == "organization" and self._says_its_kind(index, noun)), reverse=True)
        if not counts or counts[0][0] == 0 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
            return None  # none named before, or two named as often: no one body the article is about
        return counts[0][1]

    def _described_organisation(self, i: int, index: int) -> int:
        """`The Tax Policy Center, a joint project of the Urban Institute and the Brookings Institution, estimated …`
        then `The nonpartisan group found`: an organisation named inside the description set beside another one only
        says what that one is; the described organisation is the one the text goes on about."""
        token = self.doc[self._mention_bounds(i)[0] : self._mention_bounds(i)[1]].root
        for _ in range(_MAX_DESCRIPTION_CLIMB):
            if token.dep_ == "appos":
                described = self.entity_at[token.head.i]
                if described not in (-1, index) and self.entities[described].kind == "organization" and self.owner[token.head.i] == -1:
                    return described
                return index
            if token.dep_ not in ("pobj", "prep", "conj", "compound") or token.head is token:
                return index
            token = token.head
        return index

    def _kind_named_subject(self, i: int, kind_words: frozenset[str], index: int) -> int:
        """`Harlow & Finch Co. agreed to buy Stellan Packaging LLC …` then `the company said`: of two bodies whose names
        say they are companies in one sentence, the sentence is about its subject, not the one it bought."""
        start, end = self._mention_bounds(i)
        if self.doc[start:end].root.dep_ in ("nsubj", "nsubjpass"):
            return index
        sentence = self.doc[i].sent
        for j in range(sentence.start, start):
            other = self.entity_at[j]
            if other in (-1, index) or self.owner[j] != -1 or self.entities[other].kind not in ("organization", "unknown"):
                continue
            first, last = self._mention_bounds(j)
            if self.doc[first:last].root.dep_ == "nsubj" and kind_words & set(self.entities[other].name.lower().split()):
                return other
        return index

    def _whole_place(self, i: int) -> bool:
        """A place the article names as one that acts (`Chile announced`), not a place inside a body's name (`NHS
        England`), where something happened (`in every region of England`) or inside what someone else reported."""
        start, end = self._mention_bounds(i)
        if not all(self.doc[j].ent_type_ in ("GPE", "LOC") for j in range(start, end)):
            return False
        root = self.doc[start:end].root
        if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE:
            return False  # `cases rose in every region of England`: where, not who
        at = self.doc[start].idx
        return not any(piece_start <= at < piece_end for piece_start, piece_end in self.reported)  # `warned that the UK is …`: someone else's words

    @staticmethod
    def _scope_owner(head: Token) -> Token | None:
        """`the nation's largest gun group`, `Britain's biggest union`: a superlative ranked within a whole country,
        state or the world is as definite as `the group`, one body the reader already knows."""
        if not any(c.tag_ == "JJS" for c in children(head)):
            return None
        for owner in children(head):
            if owner.dep_ == "poss" and (owner.lemma_.lower() in word_list("scope_nouns.txt") and definite(owner) or owner.ent_type_ == "GPE"):
                return owner
        return None

    def _earlier_speaker(self, head: Token) -> tuple[int, Resolution] | None:
        """`the bank said` after `Kenya's central bank held …, saying`, `the newspaper said` after `The Advocate`
        was quoted: an organisation already quoted that the noun is in, or whose name says it is one (where it was
        quoted, who)."""
        lemma = head.lemma_.lower()
        scope = self._scope_owner(head)
        if lemma not in organisation_nouns() or not (definite(head) or scope is not None):
            return None
        kind_words = organisation_name_words().get(lemma, frozenset())
        first = head.left_edge.i if scope is None else scope.right_edge.i + 1
        proper = {t.lower_ for t in self.doc[first : head.i] if t.pos_ == "PROPN" or t.ent_type_}
        for at, found in reversed(self.spoken):
            if at >= head.i or found.name.lower() == head.lower_:
                continue
            if not proper <= set(found.name.lower().replace("’", "'").replace("'s", "").split()):
                continue  # `The Jeb Bush campaign` is not `Marco Rubio's campaign`, quoted before
            words = set(found.name.lower().split())
            if (found.kind == "organization" and names_its_kind(found.name, head.lower_)) or (found.entity is not None and found.kind in ("organization", "unknown") and kind_words & words):
                return at, found  # `the newspaper said` after `The Advocate` was quoted
        return None
