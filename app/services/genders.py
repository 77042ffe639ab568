"""The gender the articles state for a speaker, decided one way for the whole service (people matching, the source
statistics): the gender more of the articles that state one state; with none, or a tie, none is decided. Never a
guess from the name: each quote keeps only what its own article states (Quote.speaker_gender)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import bindparam, case, distinct, func
from sqlmodel import Session, col, select

from app.db import in_parts
from app.models import Quote
from app.services import bulk

UNDECIDED = "unknown"


def articles_stating(speaker_ids: Sequence[int] | None = None):  # noqa: ANN201 - a subquery
    """Per speaker (all, or these), how many articles state each gender: columns speaker_id, female, male. Read
    from ix_quote_speaker_id_gender alone."""

    def stating(gender: str):  # noqa: ANN202
        return func.count(distinct(case((col(Quote.speaker_gender) == gender, col(Quote.article_id)))))

    query = select(Quote.speaker_id.label("speaker_id"), stating("female").label("female"),
                   stating("male").label("male")).where(col(Quote.speaker_gender).is_not(None))
    if speaker_ids is not None:
        query = query.where(col(Quote.speaker_id).in_(speaker_ids))
    return query.group_by(col(Quote.speaker_id)).subquery()


def decided_gender(female, male):  # noqa: ANN001, ANN201 - SQL expressions (NULL: no article states one)
    """The rule, as a SQL expression over articles_stating's counts: female, male or UNDECIDED."""
    return case((female > func.coalesce(male, 0), "female"), (male > func.coalesce(female, 0), "male"),
                else_=UNDECIDED)


_COUNTS = articles_stating(bindparam("ids", expanding=True))
# Built once: people matching asks for every write that names a person with a stated gender.
_DECIDED = select(_COUNTS.c.speaker_id, decided_gender(_COUNTS.c.female, _COUNTS.c.male))


def stated_genders(session: Session, speaker_ids: Sequence[int]) -> dict[int, str]:
    """The decided gender of each of these speakers that has one (undecided ones are absent)."""
    connection = session.connection()
    return {speaker_id: gender for part in in_parts(sorted(set(speaker_ids)))
            for speaker_id, gender in bulk.query(connection, _DECIDED, {"ids": list(part)}) if gender != UNDECIDED}
