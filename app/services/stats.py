"""Who gets quoted: per outlet and month, quotes and distinct speakers by stated gender and by speaker kind.

A person's gender is what the articles state, never a guess from the name: each quote keeps the gender its article
states (storage), and a speaker counts as female or male when more of the articles that state a gender state
that one; with none, or a tie, the speaker is `unknown`. The gender columns count people — speakers of kind
person, named or an unnamed description of one person ("a police spokeswoman") — so organisations, groups and
documents are left out of them and appear under their kind. The members of a group of named people ("Ann Ortiz
and Bill Crane") are people quoted too: each counts once among the people of the outlet and month (however often
they spoke, alone or together), under their own stated gender, and the group's quote counts among the quotes of
each gender its members have (so the gender quote counts of a month can add up to more than its quotes).

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
from app.db import in_parts
from app.models import Article, Quote, QuoteTopic, Speaker, SpeakerMember
from app.services.genders import UNDECIDED, articles_stating, decided_gender, stated_genders
from app.services.search import topic_ids

GENDERS = ("female", "male", "unknown")
KINDS = ("person", "organization", "group", "document", "unnamed")


@dataclass
class _Cell:
    quotes: int = 0
    unattributed_quotes: int = 0
    people: int = 0
    by_gender: dict[str, dict[str, int]] = field(
        default_factory=lambda: {g: {"people": 0, "quotes": 0} for g in GENDERS})
    by_kind: dict[str, dict[str, int]] = field(
        default_factory=lambda: {k: {"speakers": 0, "quotes": 0} for k in KINDS})


def _month(session: Session):  # noqa: ANN202 - a SQL expression
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(func.timezone("UTC", col(Quote.dated_at)), "YYYY-MM")
    return func.substr(col(Quote.dated_at), 1, 7)  # SQLite stores UTC as "YYYY-MM-DD HH:MM:SS…"


def source_statistics(
    *, session: Session, since: datetime | None = None, until: datetime | None = None, source: str | None = None,
    topic: str | None = None,
) -> list[dict]:
    """One entry per outlet and month (by the articles' publication date, else their analysis date), in outlet
    and month order.

    The database does the counting, grouped by outlet, month, kind bucket and gender: every speaker falls in
    exactly one such group per outlet and month, so the distinct counts of the groups add up exactly. The members
    of groups are then added from the groups' quotes alone (few, read through the member index)."""
    topic_quote_ids = None
    if topic is not None:
        ids = topic_ids(session, topic)
        if not ids:
            return []
        topic_quote_ids = select(QuoteTopic.quote_id).where(col(QuoteTopic.topic_id).in_(ids))

    def filtered(query):  # noqa: ANN001, ANN202
        if since is not None:
            query = query.where(col(Quote.dated_at) >= as_utc(since))
        if until is not None:
            query = query.where(col(Quote.dated_at) < as_utc(until))
        if source is not None:
            query = query.where(col(Article.source) == source)
        if topic_quote_ids is not None:
            query = query.where(col(Quote.id).in_(topic_quote_ids))
        return query

    genders = articles_stating()
    month = _month(session).label("month")
    kind = case((col(Quote.speaker_id).is_(None), None), (col(Speaker.named).is_(False), "unnamed"),
                else_=col(Speaker.kind)).label("kind")
    is_person = case((col(Speaker.kind) == "person", True), else_=False).label("is_person")
    gender = case((col(Speaker.kind) != "person", None),
                  else_=decided_gender(genders.c.female, genders.c.male)).label("gender")
    query = filtered(
        select(Article.source, month, kind, is_person, gender, func.count(), func.count(distinct(Quote.speaker_id)))
        .select_from(Quote)
        .join(Article, col(Article.id) == col(Quote.article_id))
        .outerjoin(Speaker, col(Speaker.id) == col(Quote.speaker_id))
        .outerjoin(genders, genders.c.speaker_id == col(Quote.speaker_id))
        .group_by(col(Article.source), month, kind, is_person, gender)
    )

    cells: dict[tuple[str | None, str], _Cell] = defaultdict(_Cell)
    for outlet, month_, kind_, person, gender_, quotes, speakers in session.execute(query).all():
        cell = cells[(outlet, month_)]
        cell.quotes += quotes
        if kind_ is None:
            cell.unattributed_quotes += quotes
            continue
        bucket = cell.by_kind[kind_ if kind_ in KINDS else "unnamed"]
        bucket["speakers"] += speakers
        bucket["quotes"] += quotes
        if person:
            cell.people += speakers
            cell.by_gender[gender_]["people"] += speakers
            cell.by_gender[gender_]["quotes"] += quotes
    _add_group_members(session, cells, filtered)
    return [
        {"source": outlet, "month": month_, "quotes": cell.quotes, "people": cell.people,
         "by_gender": cell.by_gender, "by_kind": cell.by_kind, "unattributed_quotes": cell.unattributed_quotes}
        for (outlet, month_), cell in sorted(cells.items(), key=lambda item: (item[0][0] or "", item[0][1]))
    ]


def _add_group_members(session: Session, cells: dict, filtered) -> None:  # noqa: ANN001
    """Counts the members of the groups quoted in each outlet and month among its people (those not already
    counted for a quote of their own there), by their stated gender, and each group quote among the quotes of
    every gender its members have."""
    month = _month(session).label("month")
    in_groups: dict[tuple, dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))  # cell -> member -> quotes
    for outlet, month_, member_id, quote_id in session.execute(filtered(
        select(Article.source, month, SpeakerMember.member_id, Quote.id)
        .select_from(Quote)
        .join(SpeakerMember, col(SpeakerMember.group_id) == col(Quote.speaker_id))
        .join(Article, col(Article.id) == col(Quote.article_id))
        # The groups' quotes through (speaker_id, id), not a scan of every quote for the few that are a group's.
        .where(col(Quote.speaker_id).in_(select(SpeakerMember.group_id).distinct()))
    )).all():
        in_groups[(outlet, month_)][member_id].add(quote_id)
    members = sorted({m for by_member in in_groups.values() for m in by_member})
    if not members:
        return
    quoted_alone: set[tuple] = set()
    member_gender: dict[int, str] = {}
    for chunk in in_parts(members):
        quoted_alone.update(tuple(row) for row in session.execute(filtered(
            select(Article.source, month, Quote.speaker_id).distinct()
            .join(Article, col(Article.id) == col(Quote.article_id))
            .where(col(Quote.speaker_id).in_(chunk))
        )).all())
        member_gender.update(stated_genders(session, chunk))
    for key, by_member in in_groups.items():
        cell = cells[key]
        quotes_by_gender: dict[str, set[int]] = defaultdict(set)
        for member_id, quote_ids in by_member.items():
            gender = member_gender.get(member_id, UNDECIDED)
            quotes_by_gender[gender] |= quote_ids
            if (*key, member_id) not in quoted_alone:
                cell.people += 1
                cell.by_gender[gender]["people"] += 1
        for gender, quote_ids in quotes_by_gender.items():
            cell.by_gender[gender]["quotes"] += len(quote_ids)


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
