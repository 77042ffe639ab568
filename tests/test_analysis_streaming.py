"""The write path stores each article of a call as soon as its analysis arrives: the first articles of a batch are
in the database while the later ones are still being parsed (so storing overlaps parsing), each in its own
transaction."""

from __future__ import annotations

import threading
import time

from sqlalchemy import text

from app.services.analysis import analyze_articles
from app.services.storage import ArticleInput
from tests.fake_pipelines import scripted_analyzer


def _stored(engine) -> int:  # noqa: ANN001
    with engine.connect() as connection:
        return connection.execute(text("SELECT COUNT(*) FROM article")).scalar_one()


def test_an_article_is_stored_while_the_next_one_is_parsed(engine):
    seen_while_parsing: list[int] = []
    with scripted_analyzer(workers=1, timeout_s=10.0) as analyzer:
        def watch() -> None:
            time.sleep(0.8)  # the quick article is long stored, the slow one still sleeping
            seen_while_parsing.append(_stored(engine))

        watcher = threading.Thread(target=watch)
        watcher.start()
        outcomes = analyze_articles(engine=engine, analyzer=analyzer,
                                    articles=[ArticleInput(text="A quick one."), ArticleInput(text="sleep 1.6")])
        watcher.join()
    assert [o.outcome for o in outcomes] == ["created", "created"]
    assert seen_while_parsing == [1]
    assert _stored(engine) == 2
