"""`quotewise` command line: migrate, seed, serve."""

from __future__ import annotations

import argparse
import sys

from app.settings import get_settings


def _migrate(_args: argparse.Namespace) -> int:
    from app.migrations import upgrade_to_head

    upgrade_to_head()
    print(f"database at {get_settings().database_url} is at the latest schema")
    return 0


def _seed(_args: argparse.Namespace) -> int:
    from sqlmodel import Session

    from app.db import make_engine
    from app.migrations import assert_schema_is_current
    from app.nlp.pipeline import build_pipeline
    from app.seed import load_seeds

    settings = get_settings()
    engine = make_engine(settings.database_url, busy_timeout_ms=settings.sqlite_busy_timeout_ms)
    assert_schema_is_current(engine)
    nlp = build_pipeline(settings.spacy_model)
    with Session(engine) as session:
        for result in load_seeds(session=session, nlp=nlp, max_chars=settings.max_text_chars):
            state = "stored" if result.created else "already stored"
            print(f"seed article {result.article_id} ({result.title}): {state}, {result.quote_count} quotes")
    engine.dispose()
    return 0


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    uvicorn.run("app.asgi:app", host=args.host, port=args.port, workers=args.workers, proxy_headers=True)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quotewise", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("migrate", help="build or upgrade the database schema (Alembic)").set_defaults(run=_migrate)
    commands.add_parser("seed", help="analyse and store the sample articles in seeds/").set_defaults(run=_seed)
    serve = commands.add_parser("serve", help="serve the API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.set_defaults(run=_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
