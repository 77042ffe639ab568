"""An article with tens of thousands of quotes, speakers and topics (a transcript, a roster) is stored and rendered
whole: every look-up by id or name is split into bounded parts (a statement may bind at most 32,766 parameters on a stock SQLite, 65,535 on PostgreSQL), and the
cost grows in proportion to the article."""

from __future__ import annotations

import gc
import time

from sqlmodel import Session

from app.nlp.contract import ExtractedQuote, ExtractedSpeaker, QuoteKind, SpeakerKind, TextSpan
from app.services.articles import get_article
from app.services.storage import ArticleInput, store_article


def _article(quotes: int) -> tuple[ArticleInput, list[ExtractedQuote]]:
    unit = "“Yes,” said Ann Lee0000000. "
    text = "".join(unit.replace("0000000", f"{i:07d}") for i in range(quotes))
    extracted = []
    for i in range(quotes):
        start = i * len(unit)
        name = f"Ann Lee{i:07d}"
        extracted.append(ExtractedQuote(
            text="Yes,", start=start + 1, end=start + 5, spans=((start + 1, start + 5),), kind=QuoteKind.DIRECT,
            cue=TextSpan("said", start + 7, start + 11),
            speaker=ExtractedSpeaker(name=name, kind=SpeakerKind.PERSON, role=None,
                                     mention=TextSpan(name, start + 12, start + 12 + len(name))),
            confidence=0.9, topics=(f"topic {i} a", f"topic {i} b", f"topic {i} c"),
        ))
    return ArticleInput(text=text), extracted


def _store_and_render(engine, quotes: int) -> float:
    article, extracted = _article(quotes)
    began = time.perf_counter()
    with Session(engine) as session:
        article_id, created = store_article(session=session, article=article, quotes=extracted)
        detail = get_article(session=session, article_id=article_id)
    assert created and detail.quote_count == quotes
    assert {q.speaker.name for q in detail.quotes} == {q.speaker.name for q in extracted}
    assert detail.quotes[-1].topics == [f"topic {quotes - 1} {x}" for x in "abc"]
    return time.perf_counter() - began


def test_eleven_thousand_quotes_with_their_own_speakers_and_topics(engine):
    # Inside the full suite this process holds some 2 million objects of earlier tests, and the large article's
    # allocations trigger a full collection that walks all of them (measured: 1.5 s of the large run's 4.7 s, none
    # of the small one's). That cost is the test process's heap, not the article's: freeze the heap first.
    gc.collect()
    gc.freeze()
    try:
        small = _store_and_render(engine, 1_100)
        large = _store_large(engine)
    finally:
        gc.unfreeze()
    assert large < 10 * small * 2, (small, large)  # ten times the article: well under twenty times the time


def _store_large(engine) -> float:
    if engine.dialect.name == "postgresql":
        # The tables were emptied between tests, so the planner's statistics may still describe the handful of rows
        # an earlier test left: then it scans instead of using the look-ups' indexes, and every look-up costs the
        # table. A live database has autovacuum's statistics; give these tables theirs before the large article.
        with engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
    return _store_and_render(engine, 11_000)  # 33,000 topic names
