"""An unnamed description written shorter than the article first wrote it: `officials said` after `American law
enforcement officials said` is that fuller description, as the naming guidelines ask (the fullest description the
article writes for a referent it never names); and a group written with the members it includes (`officials,
including Gov. Ana Ruiz,`) keeps them, by their full names."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Token

from .name_runs import is_title
from .resolution import PLURAL_TAGS, Resolution
from .token_ranges import tokens_tagged
from .tokens import children

_MODIFIERS = frozenset({"amod", "compound", "nmod"})  # the words that make one description fuller than another
_INCLUDING = frozenset({"including"})
_PHRASE_PREPOSITIONS = frozenset("of at in for from with on".split())
_POSTMODIFIERS = frozenset({"amod", "acl"})  # `people familiar with the matter`, `people briefed on the talks`
_SET_OFF = frozenset({"relcl", "acl"})  # a clause after a comma: `the people, who asked not to be identified,`
_MAX_INCLUDED_TOKENS = 12
_BREAKS = frozenset({";", ":", "(", ")", '"', "“", "”", "—", "–", "--"})


class FullerDescriptions:
    """Mixed into `identity.Resolver` through `DescriptionResolution`; reads its `doc`, `owner`, `window`,
    `paragraph_of`, `entity_at` and `entities`."""

    _noun_positions: dict[str, list[int]] | None = None  # per article: where each common noun stands outside quotations

    def _modified_only_before(self, head: Token) -> bool:
        """`police`, `the officials`, `law enforcement officials`: a noun with at most an article and modifiers
        before it and nothing after it, so a fuller description of the same referent may contain it."""
        return all(c.dep_ in _MODIFIERS or (c.dep_ == "det" and c.lower_ == "the") for c in children(head) if c.i < head.i) and not any(
            c.i > head.i and not c.is_punct and not self._set_off(c) for c in children(head))

    def _set_off(self, child: Token) -> bool:
        """`the people, who asked not to be identified`: a clause after a comma adds to a noun without narrowing it."""
        return child.dep_ in _SET_OFF and child.left_edge.i > 0 and self.doc[child.left_edge.i - 1].text == ","

    def _modifier_words(self, token: Token) -> dict[str, Token]:
        """The words a noun's modifiers write before it: `American law enforcement officials` → american, law, enforcement."""
        return {t.lower_: t for c in children(token) if c.i < token.i and c.dep_ in _MODIFIERS for t in c.subtree if not t.is_punct}

    def _phrase_words(self, token: Token) -> dict[str, Token]:
        """The words of a prepositional phrase right after a noun that says whose or where it is: `Organizers of the
        push to boycott the speech`, `officials at the agency` (none across a comma or a line break)."""
        after = next((c for c in children(token) if c.i > token.i), None)
        if after is not None and after.dep_ in _POSTMODIFIERS and after.i == token.i + 1 and after.pos_ in ("ADJ", "VERB"):
            return {t.lower_: t for t in after.subtree if not t.is_punct}  # `people familiar with the matter`, `officials briefed on it`
        if after is None or after.dep_ != "prep" or after.lower_ not in _PHRASE_PREPOSITIONS or after.i != token.i + 1:
            return {}
        return {t.lower_: t for t in after.subtree if not t.is_punct}

    def _fuller_description(self, head: Token) -> Token | None:
        """`officials said` after `American law enforcement officials said`: the same noun, in the same number,
        described more fully before. A bare noun takes the nearest modified one within the window (modified before
        it or, for a plural, by a phrase right after it: `The organizers` after `Organizers of the push to boycott
        the speech`); from there (or from a modified noun) the mention adding only names to its words, anywhere
        earlier, is the referent as the article first identified it (`officials` → `Law enforcement officials` →
        `American law enforcement officials`), while `ordinary Chinese traders` need not be the `Chinese traders`
        of a later paragraph."""
        fullest = head
        if not self._modifier_words(head):
            fullest = self._superset_mention(head, head.i - self.window, named_only=False) or self._only_named_form(head) or self._named_form_after(head)
            if fullest is None:
                return None
        while True:
            fuller = self._superset_mention(fullest, -1, named_only=True)
            if fuller is None:
                return fullest if fullest is not head else None
            fullest = fuller

    def _only_named_form(self, head: Token) -> Token | None:
        """`the administration said` pages after `the Obama administration`: the one modified form of the noun (same
        number) the article wrote before, when that form adds only names; `Many environmentalists` or `federal
        officials` and `Mexican officials` leave the bare noun as written."""
        plural = head.tag_ in PLURAL_TAGS
        positions = self._same_noun(head)
        forms: dict[frozenset[str], Token] = {}
        for i in positions[: bisect_left(positions, head.i)]:
            words = self._modifier_words(self.doc[i])
            if words and (self.doc[i].tag_ in PLURAL_TAGS) == plural:
                forms.setdefault(frozenset(words), self.doc[i])
        if len(forms) != 1:
            return None
        (form,) = forms.values()
        return form if all(word.ent_type_ or word.pos_ == "PROPN" for word in self._modifier_words(form).values()) else None

    def _named_form_after(self, head: Token) -> Token | None:
        """`according to officials` in a lede, `Mexican officials said` in the next paragraph: the next mention of the
        same noun in the same number within the window, when the words it adds are all names."""
        if self.paragraph_of(head.i) == 0:
            return None  # a headline's `Insiders` are whoever the article counts below, not a description to fill in
        plural = head.tag_ in PLURAL_TAGS
        positions = self._same_noun(head)
        for i in positions[bisect_right(positions, head.i) :]:
            if i >= head.i + self.window:
                return None
            token = self.doc[i]
            words = self._modifier_words(token)
            if (token.tag_ in PLURAL_TAGS) == plural and words:
                return token if all(word.ent_type_ or word.pos_ == "PROPN" for word in words.values()) else None
        return None

    def _superset_mention(self, head: Token, limit: int, named_only: bool) -> Token | None:
        """The nearest mention after `limit` and before `head` of the same noun in the same number, its modifier
        words a superset of `head`'s (the words it adds all names, with `named_only`)."""
        words = self._modifier_words(head)
        plural = head.tag_ in PLURAL_TAGS
        positions = self._same_noun(head)
        for i in reversed(positions[: bisect_left(positions, head.i)]):
            if i <= limit:
                return None
            token = self.doc[i]
            phrased = not named_only and plural  # `the board` is an organisation named nearby, not `the board of elections`
            fuller = {**self._modifier_words(token), **self._phrase_words(token)} if phrased else self._modifier_words(token)
            added = [word for at, word in fuller.items() if at not in words]
            if (token.tag_ in PLURAL_TAGS) == plural and added and words.keys() <= fuller.keys() and (
                    not named_only or all(word.ent_type_ or word.pos_ == "PROPN" for word in added)):
                return token
        return None

    def _same_noun(self, head: Token) -> list[int]:
        """Positions of the mentions outside quotations of `head`'s noun; indexed once per article."""
        return self.noun_positions(head.lemma_.lower())

    def noun_positions(self, lemma: str) -> list[int]:
        """Positions of the common nouns of this lemma outside quotations; indexed once per article."""
        if self._noun_positions is None:
            self._noun_positions = {}
            for token in tokens_tagged(self.doc, ("NOUN", "PROPN")):
                common = token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower)  # `China's foreign ministry`, tagged PROPN
                if common and self.owner[token.i] == -1:
                    self._noun_positions.setdefault(token.lemma_.lower(), []).append(token.i)
        return self._noun_positions.get(lemma, [])

    def with_included(self, head: Token, found: Resolution) -> Resolution:
        """`Proponents, including the Harbor Mayors Conference, said`: an unnamed group written with the members it
        includes is that whole description (`Proponents, including the Harbor Mayors Conference`), each person in it
        by the full name the article gives them and without a title (`officials, including Gov. Ana Ruiz` →
        `officials, including Ana Ruiz`) or the state a title is held for (`Sen. Ana Ruiz of Ohio`)."""
        if found.named or found.via != "unnamed" or head.tag_ not in PLURAL_TAGS or not found.name:
            return found
        clause = next((c for c in children(head) if c.dep_ == "prep" and c.lower_ in _INCLUDING and c.i > head.i), None)
        if clause is None or self.owner[clause.i] != -1:
            return found
        end = clause.right_edge.i + 1
        while end > clause.i + 1 and (self.doc[end - 1].is_punct or self.doc[end - 1].dep_ == "cc"):
            end -= 1
        tokens = self.doc[clause.i + 1 : end]
        if not len(tokens) or len(tokens) > _MAX_INCLUDED_TOKENS or any(t.text in _BREAKS or "\n" in t.text or self.owner[t.i] != -1 for t in tokens):
            return found
        if found.name.lower().split()[-1] != head.lower_:
            return found  # a description that runs on past its noun, or another one the article wrote before
        return Resolution(f"{found.name}, including {self._members_named(clause.i + 1, end)}", found.kind, found.via, None, (), False, found.gender)

    def _home_state_end(self, i: int, end: int) -> int | None:
        """Past `of Vermont`, `of New York` right after a listed name, when the list goes on or ends after it."""
        if i >= end or self.doc[i].lower_ != "of":
            return None
        j = i + 1
        while j < end and self.doc[j].ent_type_ == "GPE":
            j += 1
        return j if j > i + 1 and (j == end or self.doc[j].text == "," or self.doc[j].lower_ in ("and", "or")) else None

    def _members_named(self, start: int, end: int) -> str:
        """The words from `start` to `end` with each person the table names as their full name, titles dropped."""
        parts: list[tuple[int, str]] = []
        i = start
        while i < end:
            index = self.entity_at[i]
            if index != -1 and self.entities[index].kind == "person":
                while i + 1 < end and self.entity_at[i + 1] == index:
                    i += 1
                while parts and is_title(self.doc[parts[-1][0]]):
                    parts.pop()  # `Gov.` before the name
                parts.append((i, self.entities[index].name + self.doc[i].whitespace_))
                home = self._home_state_end(i + 1, end)
                if home is not None:  # `Senator Bernie Sanders of Vermont`: the state a title is held for, no part of the name
                    parts[-1] = (i, parts[-1][1].rstrip() + self.doc[home - 1].whitespace_)
                    i = home - 1
            else:
                parts.append((i, self.doc[i].text_with_ws))
            i += 1
        return "".join(text for _, text in parts).strip()
