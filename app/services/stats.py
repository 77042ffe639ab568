"""Who gets quoted: per outlet and month, quotes and distinct speakers by stated gender and by speaker kind.

A person's gender is what the articles state, never a guess from the name: each quote keeps the gender its article
states (storage), and a speaker counts as female or male when more of the articles that state a gender state
that one; with none, or a tie, the speaker is `unknown`. The gender columns count people — speakers of kind
person, named or an unnamed description of one person ("a police spokeswoman") — so organisations, groups and
documents are left out of them and appear under their kind.

Speaker kinds: `person`, `organization` and `group` (several named people, or "officials" when named), `document`
(a poll or report no one is named behind), and `unnamed` — every description or unresolved pronoun ("a senior
official", "he"), whatever its kind. Quotes without any speaker are `unattributed_quotes`.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import case, distinct, func
from sqlmodel import Session, col, select

from app.clock import as_utc
from app.models import Article, Quote, QuoteTopic, Speaker
from app.services.search import topic_ids

GENDERS = ("female", "male", "unknown")
KINDS = ("person", "organization", "group", "document", "unnamed")


@dataclass
class _Tally:
    speakers: set[int] = field(default_factory=set)
    quotes: int = 0

    def add(self, speaker_id: int, quotes: int) -> None:
        self.speakers.add(speaker_id)
        self.quotes += quotes

    def out(self) -> dict[str, int]:
        return {"speakers": len(self.speakers), "quotes": self.quotes}


@dataclass
class _Cell:
    quotes: int = 0
    unattributed_quotes: int = 0
    people: set[int] = field(default_factory=set)
    by_gender: dict[str, _Tally] = field(default_factory=lambda: {g: _Tally() for g in GENDERS})
    by_kind: dict[str, _Tally] = field(default_factory=lambda: {k: _Tally() for k in KINDS})


def _month(session: Session):  # noqa: ANN202 - a SQL expression
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(func.timezone("UTC", col(Quote.dated_at)), "YYYY-MM")
    return func.substr(col(Quote.dated_at), 1, 7)  # SQLite stores UTC as "YYYY-MM-DD HH:MM:SS…"


def _stated_genders():  # noqa: ANN202 - a subquery
    """Per speaker, how many articles state each gender."""
    def articles_stating(gender: str):  # noqa: ANN202
        return func.count(distinct(case((col(Quote.speaker_gender) == gender, col(Quote.article_id)))))

    return (
        select(Quote.speaker_id.label("speaker_id"), articles_stating("female").label("female"),
               articles_stating("male").label("male"))
        .where(col(Quote.speaker_gender).is_not(None), col(Quote.speaker_id).is_not(None))
        .group_by(col(Quote.speaker_id))
        .subquery()
    )


def source_statistics(
    *, session: Session, since: datetime | None = None, until: datetime | None = None, source: str | None = None,
    topic: str | None = None,
) -> list[dict]:
    """One entry per outlet and month (by the articles' publication date, else their analysis date), in outlet
    and month order."""
    genders = _stated_genders()
    month = _month(session).label("month")
    query = (
        select(Article.source, month, Quote.speaker_id, Speaker.kind, Speaker.named, genders.c.female,
               genders.c.male, func.count())
        .select_from(Quote)
        .join(Article, col(Article.id) == col(Quote.article_id))
        .outerjoin(Speaker, col(Speaker.id) == col(Quote.speaker_id))
        .outerjoin(genders, genders.c.speaker_id == col(Quote.speaker_id))
        .group_by(col(Article.source), month, col(Quote.speaker_id), col(Speaker.kind), col(Speaker.named),
                  genders.c.female, genders.c.male)
    )
    if since is not None:
        query = query.where(col(Quote.dated_at) >= as_utc(since))
    if until is not None:
        query = query.where(col(Quote.dated_at) < as_utc(until))
    if source is not None:
        query = query.where(col(Article.source) == source)
    if topic is not None:
        ids = topic_ids(session, topic)
        if not ids:
            return []
        query = query.where(col(Quote.id).in_(select(QuoteTopic.quote_id).where(col(QuoteTopic.topic_id).in_(ids))))

    cells: dict[tuple[str | None, str], _Cell] = defaultdict(_Cell)
    for outlet, month_, speaker_id, kind, named, female, male, quotes in session.execute(query).all():
        cell = cells[(outlet, month_)]
        cell.quotes += quotes
        if speaker_id is None:
            cell.unattributed_quotes += quotes
            continue
        cell.by_kind[kind if named and kind in KINDS else "unnamed"].add(speaker_id, quotes)
        if kind == "person":
            cell.people.add(speaker_id)
            female, male = female or 0, male or 0
            gender = "female" if female > male else "male" if male > female else "unknown"
            cell.by_gender[gender].add(speaker_id, quotes)
    return [
        {"source": outlet, "month": month_, "quotes": cell.quotes, "people": len(cell.people),
         "by_gender": {g: {"people": len(t.speakers), "quotes": t.quotes} for g, t in cell.by_gender.items()},
         "by_kind": {k: t.out() for k, t in cell.by_kind.items()},
         "unattributed_quotes": cell.unattributed_quotes}
        for (outlet, month_), cell in sorted(cells.items(), key=lambda item: (item[0][0] or "", item[0][1]))
    ]


CSV_FIELDS = (
    ["source", "month", "quotes", "people"]
    + [f"{g}_{what}" for g in GENDERS for what in ("people", "quotes")]
    + [f"{k}_{what}" for k in KINDS for what in ("speakers", "quotes")]
    + ["unattributed_quotes"]
)


def statistics_csv(rows: list[dict]) -> str:
    """The same figures flattened, one line per outlet and month."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    for row in rows:
        writer.writerow(
            [row["source"] or "", row["month"], row["quotes"], row["people"]]
            + [row["by_gender"][g][what] for g in GENDERS for what in ("people", "quotes")]
            + [row["by_kind"][k][what] for k in KINDS for what in ("speakers", "quotes")]
            + [row["unattributed_quotes"]]
        )
    return buffer.getvalue()
