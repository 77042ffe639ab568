"""The write path of POST /analyze in statements: storing an article and building its answer from the rows written
costs a fixed handful of statements (people matching's look-ups in one), however many quotes and speakers."""

from __future__ import annotations

from sqlalchemy import event
from sqlmodel import Session

from app.services.storage import ArticleInput, store_and_answer
from tests.factories import quote, store


def _statements(engine, body: str, quotes) -> list[str]:  # noqa: ANN001
    seen: list[str] = []

    def capture(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
        seen.append(" ".join(statement.split()[:3]))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        with Session(engine) as session:
            _, detail = store_and_answer(session=session, article=ArticleInput(text=body), quotes=quotes)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    assert detail is not None and len(detail.quotes) == len(quotes)
    return seen


def _quotes(count: int) -> list:
    speakers = ["Ann Ortiz", "Acme Corp", "a senior official", "Bill Crane"]
    return [quote(100 * i, speakers[i % len(speakers)], kind="organization" if i % 4 == 1 else "person",
                  named=i % 4 != 2, topics=("tariff", "trade")) for i in range(count)]


def test_storing_and_answering_an_article_of_known_speakers_costs_a_fixed_handful_of_statements(engine) -> None:
    store(engine, "The archive knows them.", _quotes(8))
    few = _statements(engine, "Four quotes.", _quotes(4))
    many = _statements(engine, "Forty quotes.", _quotes(40))
    assert len(many) == len(few)
    # The article; its speakers: the archive's alias keys, stored rows and surname words read in one statement, the
    # new description's row, the forms counted, the name words, the display names; its topics and their counts;
    # its quotes and their topics; the speakers' archive names for the answer (nothing else read back).
    assert len(few) <= 13, few
    assert sum(s.startswith("SELECT") for s in few) <= 4, few
