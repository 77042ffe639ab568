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


class AnalysisTimedOut(DomainError):
    """The article's analysis ran past the deadline and was stopped; nothing was stored."""

    def __init__(self, length: int, timeout_s: float) -> None:
        super().__init__(
            f"the analysis of this {length}-character text did not finish within the limit of {timeout_s:g} s and "
            "was stopped; nothing was stored. Split the text or remove what is not prose (tables, lists, markup)"
        )
        self.length = length
        self.timeout_s = timeout_s


class AnalysisFailed(DomainError):
    """The analysis stopped with an error for this text; nothing was stored."""


class Overloaded(DomainError):
    """The analysis cannot be admitted now; `retry_after` seconds is an estimate of when it could be."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class AnalyzerBusy(Overloaded):
    def __init__(self, queued: int, limit: int, retry_after: int) -> None:
        super().__init__(f"the analysis queue is full ({queued} of {limit} analyses waiting or running); "
                         f"retry in {retry_after} s", retry_after)


class TooManyAnalyses(Overloaded):
    def __init__(self, client: str, limit: int, retry_after: int) -> None:
        super().__init__(f"API key `{client}` already has {limit} analyses waiting or running, its limit; "
                         f"retry in {retry_after} s", retry_after)
        self.client = client
