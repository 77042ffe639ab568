"""Which quotes queries and counts see: every quote but those an editor rejected.

The condition is on the quote id (`id NOT IN (rejected ids)`), not on the status column, so that a query answered
from an index alone (speaker, topic, full text: every index carries the id) still needs no quote row; the rejected
ids come from the small range of `ix_quote_status`."""

from __future__ import annotations

from sqlalchemy.sql import ColumnElement
from sqlmodel import col, select

from app.models import Quote, QuoteStatus


def rejected_quote_ids():
    return select(Quote.id).where(col(Quote.status) == QuoteStatus.REJECTED).correlate(None)


def visible_quotes_condition(quote_id: ColumnElement | None = None) -> ColumnElement[bool]:
    """True for the quotes that are not rejected. `quote_id`: the column holding the quote id in the query
    (quote.id by default; quote_topic.quote_id or the full-text rowid when those drive the query)."""
    key = col(Quote.id) if quote_id is None else quote_id
    return key.not_in(rejected_quote_ids())
