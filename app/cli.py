"""`quotewise` command line: migrate, seed, serve, import, reanalyze-archive."""

from __future__ import annotations

import argparse
import os
import sys

from app.settings import get_settings


def _migrate(_args: argparse.Namespace) -> int:
    from app.migrations import upgrade_to_head

    upgrade_to_head()
    print(f"database at {get_settings().safe_database_url} is at the latest schema")
    return 0


def _seed(_args: argparse.Namespace) -> int:
    from app.db import make_engine
    from app.migrations import assert_schema_is_current
    from app.seed import load_seeds
    from app.services.analyzer import Analyzer

    settings = get_settings()
    engine = make_engine(settings.database_url, busy_timeout_ms=settings.sqlite_busy_timeout_ms)
    try:
        assert_schema_is_current(engine)
        with Analyzer.from_settings(settings, workers=1) as analyzer:
            for result in load_seeds(engine=engine, analyzer=analyzer):
                state = "stored" if result.created else "already stored"
                print(f"seed article {result.article_id} ({result.title}): {state}, {result.quote_count} quotes")
    finally:
        engine.dispose()
    return 0


def _import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.importer import print_report, run_import

    from app.migrations import SchemaOutOfDate

    settings = get_settings()
    if args.workers < 1 or args.batch_size < 1:
        print("--workers and --batch-size must be at least 1", file=sys.stderr)
        return 2
    try:
        report = run_import(
            Path(args.path), settings=settings, workers=args.workers, batch_size=args.batch_size,
            progress=not args.no_progress,
        )
    except (FileNotFoundError, SchemaOutOfDate) as error:
        print(f"cannot import: {error}", file=sys.stderr)
        return 2
    print_report(report)
    return 1 if report.failures else 0


def _reanalyze_archive(args: argparse.Namespace) -> int:
    from sqlmodel import Session
    from tqdm import tqdm

    from app.db import make_engine
    from app.migrations import assert_schema_is_current
    from app.services.analyzer import Analyzer
    from app.services.reanalysis import articles_to_reanalyze, reanalyze_archive

    settings = get_settings()
    engine = make_engine(settings.database_url, busy_timeout_ms=settings.sqlite_busy_timeout_ms)
    assert_schema_is_current(engine)
    with Analyzer.from_settings(settings, workers=1) as analyzer, Session(engine) as session:
        version = analyzer.pipeline_version
        pending = articles_to_reanalyze(session, version)
        print(f"pipeline {version}: {pending} articles to re-analyse")
        done: list[int] = []

        def progress(result) -> None:  # noqa: ANN001 - a ReanalysisOut
            done.append(result.article_id)
            bar.update()

        with tqdm(total=pending, unit="article", disable=args.no_progress) as bar:
            try:
                report = reanalyze_archive(session=session, extract=analyzer.analyze_text,
                                           pipeline_version=version, on_article=progress)
            except KeyboardInterrupt:
                print(f"interrupted after {len(done)} articles; run the command again to go on from there",
                      file=sys.stderr)
                return 130
            finally:
                engine.dispose()
    print(f"{report.articles} articles re-analysed: {report.added} quotes added, {report.removed} removed, "
          f"{report.unchanged} unchanged, {report.kept} kept as editors left them")
    for article_id, reason in report.failed.items():
        print(f"article {article_id} not re-analysed (its stored analysis stays): {reason}", file=sys.stderr)
    return 1 if report.failed else 0


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from app.logging_setup import configure_logging

    # Read by each server process's settings (app/api/balance.py): whether there are others to send clients to.
    os.environ["QUOTEWISE_SERVER_PROCESSES"] = str(args.workers)
    settings = get_settings()
    configure_logging(settings.log_level)
    # log_config=None: uvicorn's records go through the JSON handler (configure_logging runs again in each worker
    # when app.asgi builds the app); no access log of uvicorn's own, the app writes one line per request.
    uvicorn.run("app.asgi:app", host=args.host, port=args.port, workers=args.workers, proxy_headers=True,
                log_config=None, access_log=False)
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
    importer = commands.add_parser("import", help="analyse and store an archive: a .jsonl file or a folder of .txt")
    importer.add_argument("path", help="FILE.jsonl (objects with `text`, optional title/url/source/published_at/id) "
                          "or a folder of .txt files")
    importer.add_argument("--workers", type=int, default=2, help="worker processes, each with its own pipeline")
    importer.add_argument("--batch-size", type=int, default=16, help="articles per chunk handed to a worker")
    importer.add_argument("--no-progress", action="store_true", help="no progress bar")
    importer.set_defaults(run=_import)
    reanalyze = commands.add_parser(
        "reanalyze-archive", help="re-run the current pipeline on every stored article not yet analysed with it, "
        "keeping editors' corrections; resumable (finished articles are skipped)")
    reanalyze.add_argument("--no-progress", action="store_true", help="no progress bar")
    reanalyze.set_defaults(run=_reanalyze_archive)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
