"""Doc extensions shared by the quotewise components, registered once however often modules are imported."""

from __future__ import annotations

from spacy.tokens import Doc

QUOTES = "quotewise_quotes"  # list[QuoteCandidate], in text order
ENTITIES = "quotewise_entities"  # list[contract.ExtractedEntity]: the article's entity table


def register_extensions() -> None:
    for name in (QUOTES, ENTITIES):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()
