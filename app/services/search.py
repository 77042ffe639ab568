"""Building blocks for searching by speaker name, topic and quote text; each resolves through an index."""

from __future__ import annotations

import re

from sqlalchemy import and_, false, intersect, literal_column, select, text
from sqlalchemy.sql import ColumnElement
from sqlmodel import Session, col

from app.models import Quote, QuoteTopic, SpeakerToken, Topic
from app.text import fold, name_tokens


def _prefix_upper_bound(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def speaker_ids_matching(name: str):
    """Speakers every word of whose query is the start of some word of their name: `mill` and `Miller` both find
    Matthew Miller. Each word is a range scan over the token primary key."""
    tokens = name_tokens(name)
    if not tokens:  # only punctuation: no name can match
        return select(SpeakerToken.speaker_id).where(false())
    selects = [
        select(SpeakerToken.speaker_id).where(
            and_(col(SpeakerToken.token) >= token, col(SpeakerToken.token) < _prefix_upper_bound(token))
        )
        for token in tokens[:8]
    ]
    return selects[0] if len(selects) == 1 else intersect(*selects)


def topic_names(topic: str) -> list[str]:
    """Topics are stored as lower-cased lemmas; accept a plural or differently cased query too."""
    folded = " ".join(topic.casefold().split())
    names = {folded, fold(topic)}
    for name in list(names):
        if name.endswith("ies") and len(name) > 4:
            names.add(name[:-3] + "y")
        elif name.endswith("s") and not name.endswith("ss") and len(name) > 3:
            names.add(name[:-1])
    return sorted(names)


def quote_ids_with_topic(topic: str):
    return (
        select(QuoteTopic.quote_id)
        .join(Topic, col(Topic.id) == col(QuoteTopic.topic_id))
        .where(col(Topic.name).in_(topic_names(topic)))
    )


_FTS_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def text_match_condition(session: Session, words: str) -> ColumnElement[bool]:
    """Full-text match of every word: FTS5 on SQLite, tsvector on PostgreSQL (both built by the migration)."""
    terms = _FTS_WORD.findall(words)
    if not terms:  # only punctuation: no quote can match
        return false()
    terms = terms[:16]
    if session.get_bind().dialect.name == "postgresql":
        return text("to_tsvector('english', quote.text) @@ plainto_tsquery('english', :q)").bindparams(
            q=" ".join(terms)
        )
    match = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
    return col(Quote.id).in_(
        select(literal_column("rowid"))
        .select_from(text("quote_fts"))
        .where(text("quote_fts MATCH :match").bindparams(match=match))
    )
