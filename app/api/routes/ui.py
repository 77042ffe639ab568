"""The review desk's HTML pages. Server-rendered from the same services as the JSON API and readable without
JavaScript; the edit buttons (a small script from /static) call the JSON API. Jinja2 escapes every value, and each
page carries a Content-Security-Policy that allows no inline script and nothing from another origin."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, FastAPI, Path as PathParam, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlmodel import Session, col, select

from app.api.deps import SessionDep, id_path
from app.api.query_text import query_without_control_characters
from app.api.security import require_reader
from app.errors import NotFound
from app.models import Article
from app.schemas import Page, QuoteOut
from app.services.articles import get_article
from app.services.corrections import article_history
from app.services.desk_queries import ArticleSearch, search_articles, speaker_quotes_by_date
from app.services.quotes import QuoteFilters, list_quotes
from app.services.speakers import get_speaker
from app.ui.highlight import LOW_CONFIDENCE, is_low_confidence, pieces, speaker_colours

APP_DIR = Path(__file__).resolve().parent.parent.parent
PAGE_SIZE = 20
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


def _show(value: object) -> str:
    """A history value as an editor reads it: a speaker by name, nothing as a dash, the rest as JSON."""
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and "name" in value:
        return str(value["name"])
    return json.dumps(value, ensure_ascii=False)


templates = Jinja2Templates(directory=APP_DIR / "templates")
templates.env.filters["show"] = _show
router = APIRouter(prefix="/ui", include_in_schema=False, dependencies=[Depends(require_reader), Depends(query_without_control_characters)])


def install(app: FastAPI) -> None:
    app.include_router(router)
    app.add_api_route("/", _to_the_desk, include_in_schema=False)
    app.mount("/static", StaticFiles(directory=APP_DIR / "static"), name="static")


def _to_the_desk(request: Request) -> RedirectResponse:
    return RedirectResponse(request.url_for("article_list").path)


def _page(request: Request, template: str, context: dict, status_code: int = 200) -> HTMLResponse:
    settings = request.app.state.settings
    context = {"needs_key": not (settings.open_access and not settings.api_key_list), **context}
    response = templates.TemplateResponse(request, template, context, status_code=status_code)
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    return response


def _not_found(request: Request, error: NotFound) -> HTMLResponse:
    return _page(request, "not_found.html", {"message": error.message}, status_code=404)


@router.get("/", response_class=HTMLResponse)
def article_list(
    request: Request,
    session: SessionDep,
    q: Annotated[str | None, Query(max_length=500)] = None,
    speaker: Annotated[str | None, Query(max_length=200)] = None,
    topic: Annotated[str | None, Query(max_length=200)] = None,
    source: Annotated[str | None, Query(max_length=200)] = None,
    since: Annotated[str | None, Query(max_length=10, pattern=r"^(\d{4}-\d{2}-\d{2})?$")] = None,
    until: Annotated[str | None, Query(max_length=10, pattern=r"^(\d{4}-\d{2}-\d{2})?$")] = None,
    page: Annotated[int, Query(ge=1, le=50_000)] = 1,
):
    search = ArticleSearch(q=q or None, speaker=speaker or None, topic=topic or None, source=source or None,
                           since=datetime.fromisoformat(since) if since else None,
                           until=datetime.fromisoformat(until) if until else None)
    found = search_articles(session=session, search=search, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    form = {"q": q or "", "speaker": speaker or "", "topic": topic or "", "source": source or "",
            "since": since or "", "until": until or ""}
    query = "".join(f"{urlencode({key: value})}&" for key, value in form.items() if value)
    return _page(request, "index.html", {"found": found, "form": form, "page": page, "query": query,
                                         "pages": max(1, -(-found.total // PAGE_SIZE))})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, session: SessionDep, article_id: Annotated[int, id_path("article")]):
    try:
        article = get_article(session=session, article_id=article_id)
    except NotFound as error:
        return _not_found(request, error)
    history = article_history(session=session, article_id=article_id, limit=200, offset=0)
    colours = speaker_colours(article.quotes)
    return _page(request, "article.html", {
        "article": article, "pieces": pieces(article.text, article.quotes, colours), "history": history,
        "colours": colours, "is_low": is_low_confidence, "low": LOW_CONFIDENCE,
    })


def _quote_page(request: Request, session: Session, template: str, context: dict, found: Page[QuoteOut],
                pager: dict) -> HTMLResponse:
    ids = {q.article_id for q in found.items}
    articles = {a.id: a for a in session.exec(select(Article).where(col(Article.id).in_(ids))).all()} if ids else {}
    return _page(request, template, {**context, "found": found, "articles": articles, "pager": pager,
                                     "is_low": is_low_confidence})


@router.get("/speakers/{speaker_id}", response_class=HTMLResponse)
def speaker_page(request: Request, session: SessionDep, speaker_id: Annotated[int, id_path("speaker")],
                 page: Annotated[int, Query(ge=1, le=50_000)] = 1):
    try:
        speaker = get_speaker(session=session, speaker_id=speaker_id)
    except NotFound as error:
        return _not_found(request, error)
    found = speaker_quotes_by_date(session=session, speaker_id=speaker.id, limit=PAGE_SIZE,
                                   offset=(page - 1) * PAGE_SIZE)
    pager = {"next": f"?page={page + 1}" if page * PAGE_SIZE < found.total else None,
             "prev": f"?page={page - 1}" if page > 1 else None}
    return _quote_page(request, session, "speaker.html", {"speaker": speaker}, found, pager)


@router.get("/topics/{name}", response_class=HTMLResponse)
def topic_page(request: Request, session: SessionDep, name: Annotated[str, PathParam(min_length=1, max_length=200)],
               cursor: Annotated[int | None, Query(ge=1, le=2_147_483_647)] = None):
    found = list_quotes(session=session, filters=QuoteFilters(topic=name), limit=PAGE_SIZE, cursor=cursor)
    pager = {"next": f"?cursor={found.next_cursor}" if found.next_cursor else None, "prev": None}
    return _quote_page(request, session, "topic.html", {"topic": name}, found, pager)
