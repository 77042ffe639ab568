"""Contract data built by hand, as the pipeline would hand it to storage, and stored through storage: the one place
tests make quotes, speakers, entities and analyses without running the model, so that a change to the contract is
made here once instead of in every test module."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone

from sqlalchemy import text as sql
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.nlp.contract import (ExtractedAnalysis, ExtractedEntity, ExtractedQuote, ExtractedSpeaker, Gender, QuoteKind,
                              TextSpan)
from app.services.storage import ArticleInput, store_article


def speaker(name: str, kind: str = "person", *, at: int | None = None, role: str | None = None,
            gender: Gender | None = None, members: tuple[str, ...] = (), named: bool = True,
            entity: int | None = None) -> ExtractedSpeaker:
    """`at`: where the article writes the name next to the cue; None for a speaker with no mention in the text."""
    mention = TextSpan(name, at, at + len(name)) if at is not None else None
    return ExtractedSpeaker(name=name, kind=kind, role=role, mention=mention, gender=gender, members=members,
                            named=named, entity=entity)


def quote(start: int, name: str | None, *, text: str | None = None, kind: str = "person",
          quote_kind: QuoteKind = QuoteKind.DIRECT, role: str | None = None, gender: Gender | None = None,
          members: tuple[str, ...] = (), named: bool = True, entity: int | None = None,
          topics: tuple[str, ...] = ("tariff",), confidence: float = 0.9, written: bool = True) -> ExtractedQuote:
    """A one-piece quote at `start` by `name` (a speaker of `kind`; no speaker when None). `written`: the cue
    ("said") and the speaker's mention follow the quote, as in "… words 0 …  said Name"; else neither is in the
    text (a quote whose offsets are all the test needs)."""
    text = f"words {start}" if text is None else text
    end = start + len(text)
    said = speaker(name, kind, at=start + 25 if written else None, role=role, gender=gender, members=members,
                   named=named, entity=entity) if name is not None else None
    return ExtractedQuote(text=text, start=start, end=end, spans=((start, end),), kind=quote_kind,
                          cue=TextSpan("said", start + 20, start + 24) if written else None, speaker=said,
                          confidence=confidence, topics=topics)


def entity(name: str, *aliases: str, kind: str = "person", roles: tuple[str, ...] = (),
           gender: Gender | None = None, plural: bool = False) -> ExtractedEntity:
    """An entity of the article's table, mentioned once at its start."""
    return ExtractedEntity(name=name, kind=kind, aliases=aliases, roles=roles, gender=gender, plural=plural,
                           mentions=(TextSpan(name, 0, len(name)),))


def analysis(*quotes: ExtractedQuote, entities: Sequence[ExtractedEntity] = ()) -> ExtractedAnalysis:
    return ExtractedAnalysis(quotes=tuple(quotes), entities=tuple(entities))


def store(engine: Engine, body: str, quotes: Sequence[ExtractedQuote], *, source: str | None = "Daily A",
          day: str | None = "2024-05-01", entities: Sequence[ExtractedEntity] = ()) -> int:
    """Stores a new article (`day`: its publication date, ISO) through storage; returns its id."""
    published = datetime.fromisoformat(day).replace(tzinfo=timezone.utc) if day else None
    with Session(engine) as session:
        article_id, created = store_article(
            session=session, article=ArticleInput(text=body, source=source, published_at=published), quotes=quotes,
            entities=entities)
    assert created, f"an article with this text was already stored: {body!r}"
    return article_id


def speaker_ids(engine: Engine, article_id: int) -> list[int | None]:
    """The speaker id of each of the article's quotes, in the order they were stored."""
    with engine.connect() as connection:
        return list(connection.execute(sql("SELECT speaker_id FROM quote WHERE article_id = :a ORDER BY id"),
                                       {"a": article_id}).scalars())
