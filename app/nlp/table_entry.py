"""The entity table's working entry, shared by the table (`entities`), the name linking (`name_links`) and the
pronoun-stated gender (`stated_gender`)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Entry:
    """One entity while the table is being built (token offsets); frozen into `ExtractedEntity` at the end."""

    name: str
    kind: str  # person | organization | group | unknown
    words: list[str]
    mentions: list[tuple[int, int]] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    votes: dict[str, int] = field(default_factory=lambda: {"female": 0, "male": 0})  # honorifics, gendered role words
    pronouns: dict[str, int] = field(default_factory=lambda: {"female": 0, "male": 0})  # pronoun votes (`stated_gender`)

    def gender(self, margin: int) -> str | None:
        """What honorifics and role words state; pronouns only where they state nothing, since a pronoun's
        antecedent is a reading and `Mrs.` is a statement."""
        return _majority(self.votes, margin) or _majority(self.pronouns, margin)


def _majority(votes: dict[str, int], margin: int) -> str | None:
    female, male = votes["female"], votes["male"]
    if female - male >= margin:
        return "female"
    if male - female >= margin:
        return "male"
    return None
