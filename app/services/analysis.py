"""Analysing an article: check the text, skip what is already stored, parse, extract, store."""

from __future__ import annotations

from concurrent.futures import Executor

from spacy.language import Language
from sqlmodel import Session

from app.errors import ArticleTooLarge, InvalidArticle
from app.nlp.contract import extract_quotes
from app.schemas import ArticleDetail
from app.services.articles import get_article
from app.services.parsing import run_parse
from app.services.storage import ArticleInput, find_existing_article, store_article
from app.text import first_forbidden_control, first_html_tag


def check_article_text(text: str, *, max_chars: int) -> None:
    if len(text) > max_chars:
        raise ArticleTooLarge(len(text), max_chars)
    if not text.strip():
        raise InvalidArticle("text is empty: send the article's text in the `text` field")
    position = first_forbidden_control(text)
    if position is not None:
        raise InvalidArticle(
            f"text contains the control character U+{ord(text[position]):04X} at offset {position}; "
            "remove control characters other than tab and line breaks"
        )
    tag = first_html_tag(text)
    if tag is not None:
        raise InvalidArticle(f"text contains HTML markup ({tag}); send the article's plain text, without tags")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InvalidArticle(f"text contains an unpaired surrogate at offset {error.start}") from None


def analyze_article(
    *,
    session: Session,
    nlp: Language,
    article: ArticleInput,
    max_chars: int,
    parser: Executor | None = None,
) -> tuple[ArticleDetail, bool]:
    """Returns the stored analysis and whether it was created now (False: same URL or text seen before).
    The parse runs on `parser` (see app.services.parsing)."""
    check_article_text(article.text, max_chars=max_chars)
    existing = find_existing_article(session, article)
    if existing is not None:
        return get_article(session=session, article_id=existing.id), False
    quotes = run_parse(parser, lambda: extract_quotes(nlp(article.text)))
    article_id, created = store_article(session=session, article=article, quotes=quotes)
    return get_article(session=session, article_id=article_id), created
