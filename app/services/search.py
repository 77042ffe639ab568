"""Building blocks for searching by speaker name, topic and quote text; each resolves through an index."""

from __future__ import annotations

import re

from sqlalchemy import and_, column, false, intersect, literal_column, select, table, text, union
from sqlalchemy.sql import ColumnElement
from sqlmodel import Session, col

from app.models import Quote, SpeakerMember, SpeakerToken, Topic
from app.text import fold, name_tokens, prefix_upper_bound


def speaker_ids_matching(name: str):
    """Speakers every word of whose query is the start of some word of their name: `mill` and `Miller` both find
    Matthew Miller. Each word is a range scan over the token primary key."""
    tokens = name_tokens(name)
    if not tokens:  # only punctuation: no name can match
        return select(SpeakerToken.speaker_id).where(false())
    selects = [
        select(SpeakerToken.speaker_id).where(
            and_(col(SpeakerToken.token) >= token, col(SpeakerToken.token) < prefix_upper_bound(token))
        )
        for token in tokens[:8]
    ]
    return selects[0] if len(selects) == 1 else intersect(*selects)


def with_their_groups(speaker_ids):
    """The speakers `speaker_ids` (a select of speaker ids) names, and the groups any of them is a member of: a
    search for a member finds what they said together with others. The groups come from the member index."""
    matching = speaker_ids.subquery()
    return union(
        select(matching.c.speaker_id),
        select(SpeakerMember.group_id).where(col(SpeakerMember.member_id).in_(select(matching.c.speaker_id))),
    )


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


def topic_ids(session: Session, topic: str) -> list[int]:
    """The ids of the stored topics a query names (usually one, at most a spelling variant or two): resolved first,
    so that the quote query can walk the (topic_id, quote_id) primary key in id order instead of collecting every
    quote of a popular topic and sorting them."""
    return sorted(session.execute(select(Topic.id).where(col(Topic.name).in_(topic_names(topic)))).scalars())


_FTS_WORD = re.compile(r"[^\W_]+", re.UNICODE)


QUOTE_FTS = table("quote_fts", column("rowid"))


def fts_match_query(words: str) -> str | None:
    """The FTS5 MATCH expression for `words` (every word, each as a quoted string), None when nothing can match."""
    terms = _FTS_WORD.findall(words)[:16]
    if not terms:
        return None
    return " ".join('"' + term.replace('"', '""') + '"' for term in terms)


def fts_matches(match: str):
    """The FTS5 table filtered by a MATCH expression; selecting its rowid in descending order is served by the index
    itself, with no sort."""
    return select(QUOTE_FTS.c.rowid).select_from(QUOTE_FTS).where(text("quote_fts MATCH :match").bindparams(match=match))


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
