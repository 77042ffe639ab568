"""A batch's analyses are stored together: on SQLite in one transaction (one commit, not one per article), on
PostgreSQL one transaction each. The answers, rows and topic counts are those of storing them one by one, and an
article another writer stored meanwhile is not written twice."""

from __future__ import annotations

import asyncio
import pickle

from sqlalchemy import event
from sqlmodel import Session

from app.db import is_sqlite
from app.nlp.contract import Gender, QuoteKind
from app.services import analysis_worker
from app.services.analysis import STORE_TOGETHER, analyze_articles_async
from app.services.articles import get_article
from app.services.storage import ArticleInput, store_all_and_answer
from tests.conftest import table_counts, topic_count_mismatches
from tests.factories import analysis, entity, quote, store
from tests.fake_pipelines import scripted_analyzer


def _commits(engine) -> list[int]:  # noqa: ANN001
    commits: list[int] = []
    event.listen(engine, "commit", lambda _connection: commits.append(1))
    return commits


def test_a_batchs_analyses_are_stored_with_one_commit_on_sqlite(engine) -> None:
    commits = _commits(engine)
    texts = [f"Article number {n} of the batch." for n in range(5)]
    with scripted_analyzer(workers=2, timeout_s=10.0) as analyzer:
        outcomes, _ = asyncio.run(analyze_articles_async(engine=engine, analyzer=analyzer,
                                                         articles=[ArticleInput(text=t) for t in texts]))
    assert [o.outcome for o in outcomes] == ["created"] * 5
    assert all(o.detail is not None and o.detail.id == o.article_id for o in outcomes)
    assert len({o.article_id for o in outcomes}) == 5
    assert len(commits) == (1 if is_sqlite(str(engine.url)) else 5)


def test_a_large_batch_is_stored_in_groups_while_it_is_parsed(engine) -> None:
    commits = _commits(engine)
    texts = [f"Article number {n} of a long batch." for n in range(2 * STORE_TOGETHER + 1)]
    with scripted_analyzer(workers=1, timeout_s=10.0) as analyzer:
        outcomes, _ = asyncio.run(analyze_articles_async(engine=engine, analyzer=analyzer,
                                                         articles=[ArticleInput(text=t) for t in texts]))
    assert [o.outcome for o in outcomes] == ["created"] * len(texts)
    assert len(commits) == (3 if is_sqlite(str(engine.url)) else len(texts))


def _analyses():  # noqa: ANN202
    ortiz = entity("Ann Ortiz", "Ortiz", roles=("the minister",), gender=Gender.FEMALE)
    first = analysis(quote(0, "Ann Ortiz", entity=0, role="minister", topics=("tariff", "trade")),
                     quote(100, "a senior official", named=False, topics=("trade",)),
                     quote(200, "Acme Corp", kind="organization", topics=()), entities=[ortiz])
    second = analysis(quote(0, "Ortiz", entity=0, topics=("tariff", "steel")),
                      quote(100, "Ann Ortiz and Bill Crane", kind="group", members=("Ann Ortiz", "Bill Crane"),
                            quote_kind=QuoteKind.MIXED, topics=("steel",)), entities=[ortiz])
    third = analysis(quote(50, "Bill Crane", topics=("tariff",)))
    return [first, second, third]


def test_the_answers_of_articles_stored_together_are_the_articles_as_stored(engine) -> None:
    articles = [ArticleInput(text=f"Stored together, article {n}.", title=f"T{n}") for n in range(3)]
    with Session(engine) as session:
        stored = store_all_and_answer(session=session, analysed=list(zip(articles, _analyses())))
    assert [article_id for article_id, _ in stored] == sorted(article_id for article_id, _ in stored)
    with Session(engine) as session:
        for article_id, detail in stored:
            assert detail is not None
            assert detail.model_dump() == get_article(session=session, article_id=article_id).model_dump()
    assert topic_count_mismatches(engine) == []


def test_an_article_another_writer_stored_meanwhile_is_not_written_twice(engine) -> None:
    first, second, third = _analyses()
    meanwhile = store(engine, "Stored meanwhile.", second.quotes, entities=second.entities, source=None, day=None)
    articles = [ArticleInput(text="Before it."), ArticleInput(text="Stored meanwhile."), ArticleInput(text="After it.")]
    with Session(engine) as session:
        stored = store_all_and_answer(session=session, analysed=list(zip(articles, [first, second, third])))
    assert stored[1] == (meanwhile, None)
    assert stored[0][1] is not None and stored[2][1] is not None
    counts = table_counts(engine)
    assert counts["article"] == 3
    assert counts["quote"] == len(first.quotes) + len(second.quotes) + len(third.quotes)
    assert topic_count_mismatches(engine) == []
    with Session(engine) as session:
        for article_id, detail in (stored[0], stored[2]):
            assert detail.model_dump() == get_article(session=session, article_id=article_id).model_dump()


class _Pipe:
    def send_bytes(self, data) -> None:  # noqa: ANN001
        self.data = bytes(data)


def test_an_analysis_crosses_from_the_worker_equal_to_itself() -> None:
    pipe = _Pipe()
    for sent in _analyses():
        analysis_worker._send(pipe, ("ok", 3, sent))
        kind, index, received = pickle.loads(pipe.data)
        assert (kind, index, received) == ("ok", 3, sent)
        assert [type(q.kind) for q in received.quotes] == [QuoteKind] * len(sent.quotes)
