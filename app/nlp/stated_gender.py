"""Gender as the text states it through pronouns: `Mayor Lena Fox said … Her deputy` makes Fox a woman.

A gendered pronoun outside quotations votes for the one person its recent context names; the entity table weighs
these votes below honorifics and gendered role words. Never a guess from a first name.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from .people_words import pronoun_agreement

if TYPE_CHECKING:
    from .table_entry import Entry


@dataclass(slots=True)
class Sentences:
    """Sentence index of every token and where each gendered pronoun stands, from one pass over the tokens."""

    of_token: list[int]
    starts: list[int]
    pronouns: list[tuple[int, str]]  # (token index, "female" | "male")

    @classmethod
    def read(cls, doc: Doc) -> "Sentences":
        of_token: list[int] = []
        starts: list[int] = []
        pronouns: list[tuple[int, str]] = []
        agreement = pronoun_agreement()
        for token in doc:
            if token.is_sent_start or token.i == 0:
                starts.append(token.i)
            of_token.append(len(starts) - 1)
            stated = agreement.get(token.lower_)
            if stated in ("female", "male") and token.pos_ == "PRON":
                pronouns.append((token.i, stated))
        return cls(of_token, starts, pronouns)


def pronoun_votes(doc: Doc, entries: list["Entry"], owner: list[int], window_sentences: int, sentences: Sentences) -> dict[int, dict[str, int]]:
    """A gendered pronoun outside quotations whose recent context names exactly one person states that person's
    gender (`Mayor Lena Fox said … Her deputy` makes Fox a woman). The table counts these votes once every name has
    its entry, and never uses them to choose between namesakes."""
    mentions = sorted(
        [(start, index, doc[end - 1].dep_ in ("nsubj", "nsubjpass"))
         for index, entry in enumerate(entries) if entry.kind == "person" for start, end in entry.mentions if owner[start] == -1]
    )
    positions = [start for start, _, _ in mentions]
    votes: dict[int, dict[str, int]] = {}
    for at, agreement in sentences.pronouns:
        if owner[at] != -1:
            continue
        sentence = sentences.of_token[at]
        window_start = sentences.starts[max(0, sentence - window_sentences + 1)]
        low, high = bisect_left(positions, window_start), bisect_left(positions, at)
        window = mentions[max(low, high - 8) : high]
        recent = {index for _, index, _ in window}
        if len(recent) > 1:  # several people, one of them the subject: the subject is who the pronoun continues
            recent = {index for _, index, subject in window if subject}
        if len(recent) == 1:
            counts = votes.setdefault(recent.pop(), {"female": 0, "male": 0})
            counts[agreement] += 1
    return votes
