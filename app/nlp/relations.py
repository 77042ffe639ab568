"""People the article names by their relation to another person, and the unnamed people it quotes.

- A `his`/`her` owning a noun coordinated after a named person is that person: in `Andrea Kowalski and her husband,
  Tim Kowalski,` the husband is Andrea Kowalski's (a pronoun inside a pair otherwise stands for no one of the pair).
- `Her husband said` is the person the article set beside `her husband` with the same owner, or the person whose own
  relation to the owner is the converse one: after `Omar Haddad and his wife, Leila Haddad,` Leila's husband is Omar
  (`data/converse_relations.tsv`: wife and husband, a parent and a child, siblings; the gender the relation noun
  states must not contradict the person's).
- An unnamed person the article quoted in the sentence before (`One juror, a woman who asked not to be named, said
  …`) is who `she said` stands for, before any named person of an older sentence; an unnamed speaker is otherwise
  passed over by the pronoun search, which takes only named antecedents.
- An owned description named only later beside the same noun (`his lawyer said` … `the lawyer, Kevin Trinh,`; a
  lede's `their union says` … `The FIQ, the province's largest nurses' union`) is that person or organisation.
- `The older sister` after `sisters Ann Pickett, 68, and Ruth Pickett, 71` is the older namesake by the ages given.
- `A man who … gave only his first name, Doug,` is Doug.
Each step reads the pronoun's own coordination, a bounded stretch of the description, or the positions of one noun
the article indexes once (`noun_positions`), so the cost stays linear in the article.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from spacy.tokens import Token

from .lexicon import read_rows
from .namesake_ages import SIBLINGS, by_age, comparison_of
from .people_words import gender_words
from .resolution import PLURAL_TAGS, Resolution, definite
from .roles import stated_age
from .tokens import children


@lru_cache(maxsize=None)
def converse_relations() -> dict[str, frozenset[str]]:
    """Relation noun → the nouns for the converse relation (`husband` → `wife`): data/converse_relations.tsv."""
    return {row[0]: frozenset(row[1].split()) for row in read_rows("converse_relations.tsv")}


@lru_cache(maxsize=None)
def gendered_people() -> dict[str, str]:
    """Nouns for a person that state a gender, the role words of gender_words.tsv and `woman`, `man`, `girl` …
    (data/gendered_people.tsv)."""
    return {**gender_words(), **{row[0]: row[1] for row in read_rows("gendered_people.tsv")}}


class Relations:
    """Mixed into `identity.Resolver`; reads its `doc`, `entities`, `entity_at`, `owner`, `window`, `max_tokens`,
    `mention_starts`, and the `_owner_entity`, `noun_positions`, `of_entity`, `_gender_of`, `_previous_narration`,
    `_surnames`, `paragraph_of` of the other steps."""

    def coordinated_owner(self, token: Token, gender: str | None) -> Resolution | None:
        """`Andrea Kowalski and her husband`: a `his`/`her` owning the second conjunct of a coordination whose first
        conjunct names a person (outside quotations), when no gender the text states for that person contradicts."""
        noun = token.head
        if token.dep_ != "poss" or gender not in ("female", "male") or noun.pos_ != "NOUN" or noun.i < token.i or token.i == 0:
            return None
        joining = self.doc[token.i - 1]  # `Omar Haddad, 58, and his wife`: the parse may hang `and` on the name only
        first = joining.head if joining.dep_ == "cc" and joining.lower_ == "and" else noun.head if noun.dep_ == "conj" else None
        if first is None:
            return None
        index = self.entity_at[first.i]
        if index == -1 or first.i > token.i or self.owner[first.i] != -1 or self.entities[index].kind != "person":
            return None
        found = self.of_entity(index, "name")
        return found if self._gender_of(found) in (None, gender) else None

    def converse_relative(self, head: Token) -> int | None:
        """`Her husband said` after `Omar Haddad and his wife, Leila Haddad,` (`her` being Leila Haddad): the one
        person who owns a converse relation noun (`his wife`) set beside the owner's name, whose gender the noun
        (`husband`) does not contradict."""
        converse = converse_relations().get(head.lemma_.lower())
        owner = next((c for c in children(head) if c.dep_ == "poss"), None)
        if not converse or owner is None or head.tag_ in PLURAL_TAGS:
            return None
        whose = self._owner_entity(owner)
        if whose is None:
            return None
        stated = gender_words().get(head.lemma_.lower())
        found = set()
        for noun in converse:
            for at in self.noun_positions(noun):
                other = self.doc[at]
                if at >= head.i or other.tag_ in PLURAL_TAGS:
                    continue
                if not any(c.dep_ == "appos" and self.entity_at[c.i] == whose for c in children(other)):
                    continue
                other_owner = next((c for c in children(other) if c.dep_ == "poss"), None)
                relative = self._owner_entity(other_owner) if other_owner is not None else None
                if relative is None or relative == whose:
                    continue
                if stated and self._gender_of(self.of_entity(relative, "name")) not in (None, stated):
                    continue
                found.add(relative)
        return found.pop() if len(found) == 1 else None

    def unnamed_speaker_before(self, pronoun: Token, at: int, heard: Resolution, gender: str | None) -> bool:
        """Whether an unnamed person quoted at `at` (`One juror, a woman who …, said`) is who the pronoun stands for:
        a person, quoted in the pronoun's sentence or the narration just before it, of no gender against the `he` or
        `she` (the description's own words, `a woman`, state one; a noun of no known kind must state it). Not in the
        search without gender that follows when no one agrees (`_pronoun`'s last resort)."""
        if not gender or heard.named or heard.kind not in ("person", "unknown") or at < self._previous_narration(pronoun.i):
            return False
        noun = self.doc[at]
        while noun.dep_ in ("det", "nummod", "amod", "compound") and noun.head.i > noun.i:
            noun = noun.head  # `One juror`: the mention's noun
        described = {gendered_people().get(t.lower_) for t in [noun, *(c for c in children(noun) if c.dep_ == "appos")]} - {None}
        stated = {heard.gender} - {None} | described
        if heard.kind == "unknown":  # `One juror, a woman who …`: a noun of no known kind is a person its apposition states
            return stated == {gender}
        return stated <= {gender}


    def named_after(self, head: Token, kind: str = "person") -> int | None:
        """`…, his lawyer said.` then `“…,” the lawyer, Kevin Trinh, said`: an owned description of a person the
        article names only later, beside the same noun made definite (the next mention of that noun, within the
        window), is that person, when the name is first written there. An organisation a lede calls `their union`
        is the one the article later sets that noun beside (`The FIQ, the province's largest nurses' union,`), named
        nowhere before the lede, at any distance."""
        if head.tag_ in PLURAL_TAGS or not any(c.dep_ == "poss" for c in children(head)):
            return None
        lede = kind == "organization" and self.paragraph_of(head.i) == 0
        if kind == "organization" and not lede:
            return None
        for at in self.noun_positions(head.lemma_.lower()):
            if at <= head.i:
                continue
            other = self.doc[at]
            if (at - head.i > self.window and not lede) or other.tag_ in PLURAL_TAGS or (kind == "person" and not definite(other)):
                return None
            beside = [c for c in children(other) if c.dep_ == "appos"] + ([other.head] if other.dep_ == "appos" and kind != "person" else [])
            named = next((t for t in beside if self.entity_at[t.i] != -1 and self.owner[t.i] == -1), None)
            index = self.entity_at[named.i] if named is not None else -1
            if index == -1 and lede:
                continue  # `the union had filed …`: not yet the sentence that names it
            if index == -1 or self.entities[index].kind != kind or min(self.mention_starts[index], default=-1) < head.i:
                return None
            return index
        return None

    def compared_sibling(self, head: Token) -> int | None:
        """`The older sister said` after `sisters Ann Pickett, 68, and Ruth Pickett, 71`: of the namesakes last
        mentioned before it, each with an age the article gives, the oldest (or youngest) one."""
        if head.lemma_.lower() not in SIBLINGS or head.tag_ in PLURAL_TAGS or not definite(head):
            return None
        compared = next((comparison_of(c.lower_) for c in children(head) if c.dep_ == "amod" and comparison_of(c.lower_)), None)
        if compared is None or any(c.dep_ == "poss" for c in children(head)):
            return None
        latest, chosen = -1, None
        for bearers in self._surnames().values():
            if len(bearers) < 2:
                continue
            starts = [self.mention_starts[index] for index in bearers]
            last = max((positions[bisect_left(positions, head.i) - 1] for positions in starts if bisect_left(positions, head.i)), default=-1)
            if last > latest and head.i - last <= self.window:
                latest, chosen = last, bearers
        if chosen is None:
            return None
        ages = [next((age for text in self.entities[index].roles if (age := stated_age(text)) is not None), None) for index in chosen]
        picked = by_age(ages, compared)
        return None if picked is None else chosen[picked]

    def name_given(self, head: Token) -> Token | None:
        """`A man who … gave only his first name, Doug, told the crowd`: the name an unnamed person gave, set beside
        `name` as the object of `give` in a `who` clause inside the person's description, is who the person is."""
        if head.pos_ != "NOUN" or head.tag_ in PLURAL_TAGS:
            return None
        for clause in self.doc[head.i + 1 : min(head.right_edge.i + 1, head.i + self.max_tokens)]:
            if clause.lemma_.lower() != "give" or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in children(clause)):
                continue  # `who gave`, however the parse joined it (`who said … and who gave …`)
            for noun in children(clause):
                if noun.dep_ == "dobj" and noun.lemma_.lower() == "name":
                    named = next((c for c in children(noun) if c.dep_ == "appos" and self.entity_at[c.i] != -1 and self.owner[c.i] == -1), None)
                    if named is not None and self.entities[self.entity_at[named.i]].kind == "person":
                        return named
        return None
