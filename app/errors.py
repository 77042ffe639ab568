"""Domain errors. Services raise these; only the API layer knows which HTTP status each becomes."""

from __future__ import annotations


class DomainError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(DomainError):
    def __init__(self, entity: str, entity_id: object) -> None:
        super().__init__(f"{entity} {entity_id} does not exist")
        self.entity = entity
        self.entity_id = entity_id


class InvalidArticle(DomainError):
    """The article text cannot be analysed as sent (empty, unreadable characters, …)."""


class ArticleTooLarge(DomainError):
    def __init__(self, length: int, limit: int) -> None:
        super().__init__(f"text is {length} characters long; the limit is {limit}")
        self.length = length
        self.limit = limit


class Conflict(DomainError):
    """The request contradicts the stored state (merging a speaker into itself, or one already merged)."""


class InvalidCorrection(DomainError):
    """A correction that says nothing usable (no field to change, a speaker name of spaces only)."""


class SpanConflict(Conflict):
    """Spans that do not fit the stored article: outside its text, overlapping each other or a quote already there."""
