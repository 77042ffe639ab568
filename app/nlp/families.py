"""`The Ebelings`, `the Clintons`: a family named by its plural surname is the people of that surname the article
names (`Betsy Ebeling and Tom Ebeling`), in the order it first names them. Used by identity for a speaker."""

from __future__ import annotations

from spacy.tokens import Token

from .contract import ExtractedEntity
from .tokens import children


def people_by_surname(entities: list[ExtractedEntity]) -> dict[str, list[int]]:
    """Each surname the table's full names end in (lower case), with the people of that surname in the order the
    article first names them; one pass over the table."""
    order = sorted(
        (index for index, entity in enumerate(entities) if str(entity.kind) == "person" and " " in entity.name and entity.mentions),
        key=lambda index: entities[index].mentions[0].start,
    )
    surnames: dict[str, list[int]] = {}
    for index in order:
        surnames.setdefault(entities[index].name.split()[-1].lower(), []).append(index)
    return surnames


def family(head: Token, surnames: dict[str, list[int]]) -> list[int] | None:
    """The people a plural surname with `the` names (`The Ebelings`, `the Joneses`), when the article names at least
    two of them in full; None for anything else (`the Democrats` is no one's surname)."""
    if head.pos_ != "PROPN" or head.tag_ != "NNPS" or not head.text[:1].isupper():
        return None
    the = next((child for child in children(head) if child.dep_ == "det" and child.lower_ == "the"), None)
    if the is None or (the.i > 0 and head.doc[the.i - 1].is_quote):
        return None  # `''The Trumps: Three Generations …''` is a book's title
    text = head.text.lower()
    for surname in (text[:-1], text[:-2]) if text.endswith("es") else (text[:-1],):
        people = surnames.get(surname, [])
        if len(people) >= 2 and text.endswith("s"):
            return people
    return None
