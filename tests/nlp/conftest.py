from pathlib import Path

import pytest

from app.nlp.contract import ExtractedQuote, extract_quotes

REPO = Path(__file__).parents[2]


@pytest.fixture(scope="session")
def nlp():
    from app.nlp.pipeline import build_pipeline
    from app.settings import Settings

    return build_pipeline(Settings().spacy_model)


@pytest.fixture(scope="session")
def analyse(nlp):
    def run(text: str) -> list[ExtractedQuote]:
        return extract_quotes(nlp(text))

    return run


@pytest.fixture(scope="session")
def seed_article_text() -> str:
    for path in (REPO / "seeds" / "seed-article.txt", REPO.parent / "shared" / "eval" / "seed-article.txt"):
        if path.exists():
            return path.read_text(encoding="utf-8")
    pytest.skip("seed article not found")
