"""The mutable working record each component refines, kept apart from the frozen public contract.

Components run one after another over the same Doc, so each needs somewhere to leave its findings for the
next; `contract.extract_quotes` turns the finished records into plain frozen data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .resolution import Resolution


@dataclass(slots=True)
class QuoteCandidate:
    pieces: list[tuple[int, int]]  # character [start, end) of each piece, quotation marks excluded
    kind: str = "direct"  # direct | indirect | mixed
    marked: bool = True  # content stood between quotation marks (a direct or mixed quote)
    paragraph: int = 0
    cue: tuple[int, int] | None = None  # token [start, end)
    speaker: tuple[int, int] | None = None  # token [start, end) of the speaker mention as written
    referent: tuple[int, int] | None = None  # what a relative pronoun speaker (`who said`) stands for
    resolved: "Resolution | None" = None  # who identity decided the speaker is: name, kind, gender, role, entity …
    confidence: float = 0.0
    attribution: str = "none"  # which rule attributed it; drives the confidence
    topics: tuple[str, ...] = ()
    keep: bool = True  # False for scare quotes and titles that nobody said
    inherited_from: "QuoteCandidate | None" = field(default=None, repr=False)

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]
