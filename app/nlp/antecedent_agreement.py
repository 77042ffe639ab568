"""Whether a candidate antecedent agrees with a pronoun: in number and kind (`they` a group or a body, `it` an
organisation or a document, `he`/`she` a named person) and in the gender the text states for it.

The gender stated is the table's, else the one the person's own pronouns taught; the person quoted last keeps the
benefit of the doubt unless a courtesy title (`Mrs.`) or a gendered kin word (`his brother, Stan`) states it, and a
name written with `, who` is a person whatever kind the table gave it. Kept apart from the search back through the
text, which asks these questions of each candidate it meets.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import honorifics, word_list
from .people_words import gender_words
from .resolution import Resolution


class AntecedentAgreement:
    """Mixed into `identity.Resolver` through `PronounResolution`; reads its `doc`, `entities`, `spoken`,
    `mention_starts`, `learned_gender` and `_mention_bounds`."""

    _ages: dict[int, set[int]] | None = None  # `_stated_ages`, set on the Resolver of each article when first read

    def _quoted_last(self, index: int, position: int) -> bool:
        """The person quoted last, whose gender no courtesy title states and no earlier pronoun of theirs taught us:
        `“…,” said David Wasserman … if she did not win …, he said` is still Wasserman."""
        last = next((found for at, found in reversed(self.spoken) if at <= position), None)
        if last is None or last.entity != index or index in self.learned_gender:
            return False
        return not self._courtesy_title(index) and not self._kin_of_someone(index)

    def _written_as_someone(self, index: int) -> bool:
        """Whether the article writes a name with `, who` after it (`Rivka, who was honored`): a person, whatever
        kind the table gave the name."""
        doc = self.doc
        for start in self.mention_starts[index]:
            comma = self._mention_bounds(start)[1]
            after = comma + 1
            while after < len(doc) and doc[after].is_space:
                after += 1
            if after < len(doc) and doc[comma].text == "," and doc[after].lower_ == "who":
                return True
        return False

    def _kin_of_someone(self, index: int) -> bool:
        """Whether the article gives the person as someone's kin of a gender (`his own brother, Stan`, `Her sister,
        Mina`): unlike `spokesman`, a word no one of the other gender is called, so the last person quoted is not
        the next `she` (`Stan wrote that … . … but she wrote to him`)."""
        return any((words := role.lower().split()) and words[-1] in word_list("kinship_roles.txt") and words[-1] in gender_words()
                   for role in self.entities[index].roles)

    def _courtesy_title(self, index: int) -> bool:
        """Whether the article writes the person with a gendered courtesy title (`Mrs. Clinton`): a role word such as
        `spokesman` or `chairman` is used for women as well and may belong to a neighbour (`Trump spokeswoman Hope
        Hicks`), so it alone does not outweigh the pronoun the text uses for the person quoted last."""
        doc = self.doc
        for start in self.mention_starts[index]:
            for at in (start - 1, start):
                if 0 <= at < len(doc) and doc[at].lower_ in honorifics() and doc[at].lower_ in gender_words():
                    return True
        return False

    def _other_ages(self, token: Token) -> frozenset[int]:
        """`the 19-year-old said` (token `old`): the people the article states another age for right after one of
        their mentions (`Mathis Arsenault, a 17-year-old from Shippagan,`, `The older Arsenault, 20,`), who are not the
        one described; empty for any other token."""
        doc = self.doc
        i = token.i
        if token.lower_ != "old" or i < 4 or doc[i - 1].text != "-" or doc[i - 2].lower_ != "year" or not doc[i - 4].text.isdigit():
            return frozenset()
        age = int(doc[i - 4].text)
        return frozenset(index for index, stated in self._stated_ages().items() if age not in stated)

    def _stated_ages(self) -> dict[int, set[int]]:
        """The ages the article writes right after a person's mentions (`, 20,`, `, a 17-year-old`), by entity; read
        once per article, when a description by age is first resolved."""
        if self._ages is not None:
            return self._ages
        doc, ages = self.doc, {}
        for index, starts in enumerate(self.mention_starts):
            for start in starts:
                at = self._mention_bounds(start)[1]
                if at + 1 >= len(doc) or doc[at].text != ",":
                    continue
                if doc[at + 1].lower_ in ("a", "an") and at + 5 < len(doc) and doc[at + 3].text == "-" and doc[at + 4].lower_ == "year":
                    at += 1  # `, a 17-year-old`
                if doc[at + 1].text.isdigit() and 0 < int(doc[at + 1].text) < 120:
                    ages.setdefault(index, set()).add(int(doc[at + 1].text))
        self._ages = ages
        return ages

    def _gender_of(self, found: Resolution) -> str | None:
        """The gender the text states for a resolved person: its table entry's, else the one its pronouns taught us."""
        if found.entity is None:
            return found.gender
        entity = self.entities[found.entity]
        return str(entity.gender) if entity.gender else self.learned_gender.get(found.entity, found.gender)

    def _stated(self, found: Resolution) -> bool:
        return found.entity is not None and (self.entities[found.entity].gender is not None or found.entity in self.learned_gender)

    def _agrees(self, found: Resolution, wanted: str, gender: str | None) -> bool:
        if wanted == "plural":
            return found.kind in ("group", "organization")
        if wanted == "thing":
            return found.kind in ("organization", "document")
        if found.kind != "person" or not found.named or found.entity in self.filed_from:
            return False  # nor `Moncton finished first` after the dateline `MONCTON, N.B. —`: a place
        stated = found.gender or (self.learned_gender.get(found.entity) if found.entity is not None else None)
        return not (gender and stated and stated != gender)
