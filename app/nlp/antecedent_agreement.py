"""Whether a candidate antecedent agrees with a pronoun: in number and kind (`they` a group or a body, `it` an
organisation or a document, `he`/`she` a named person) and in the gender the text states for it.

The gender stated is the table's, else the one the person's own pronouns taught; the person quoted last keeps the
benefit of the doubt unless a courtesy title (`Mrs.`) states it, and a name written with `, who` is a person whatever
kind the table gave it. Kept apart from the search back through the text, which asks these questions of each
candidate it meets.
"""

from __future__ import annotations

from .lexicon import honorifics
from .people_words import gender_words
from .resolution import Resolution


class AntecedentAgreement:
    """Mixed into `identity.Resolver` through `PronounResolution`; reads its `doc`, `entities`, `spoken`,
    `mention_starts`, `learned_gender` and `_mention_bounds`."""

    def _quoted_last(self, index: int, position: int) -> bool:
        """The person quoted last, whose gender no courtesy title states and no earlier pronoun of theirs taught us:
        `“…,” said David Wasserman … if she did not win …, he said` is still Wasserman."""
        last = next((found for at, found in reversed(self.spoken) if at <= position), None)
        if last is None or last.entity != index or index in self.learned_gender:
            return False
        return not self._courtesy_title(index)

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
        if found.kind != "person" or not found.named:
            return False
        stated = found.gender or (self.learned_gender.get(found.entity) if found.entity is not None else None)
        return not (gender and stated and stated != gender)
