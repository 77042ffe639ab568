"""`quotewise` command line: migrate, seed, serve, import, reanalyze-archive."""

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
            Path(args.path), database_url=settings.database_url, spacy_model=settings.spacy_model,
            max_chars=settings.max_text_chars, workers=args.workers, batch_size=args.batch_size,
            busy_timeout_ms=settings.sqlite_busy_timeout_ms, progress=not args.no_progress,
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
    from app.nlp.contract import extract_quotes
    from app.nlp.pipeline import build_pipeline
    from app.services.reanalysis import articles_to_reanalyze, pipeline_version_of, reanalyze_archive

    settings = get_settings()
    engine = make_engine(settings.database_url, busy_timeout_ms=settings.sqlite_busy_timeout_ms)
    assert_schema_is_current(engine)
    nlp = build_pipeline(settings.spacy_model)
    version = pipeline_version_of(nlp)
    with Session(engine) as session:
        pending = articles_to_reanalyze(session, version)
        print(f"pipeline {version}: {pending} articles to re-analyse")
        done: list[int] = []

        def progress(result) -> None:  # noqa: ANN001 - a ReanalysisOut
            done.append(result.article_id)
            bar.update()

        with tqdm(total=pending, unit="article", disable=args.no_progress) as bar:
            try:
                report = reanalyze_archive(session=session, extract=lambda text: extract_quotes(nlp(text)),
                                           pipeline_version=version, on_article=progress)
            except KeyboardInterrupt:
                print(f"interrupted after {len(done)} articles; run the command again to go on from there",
                      file=sys.stderr)
                return 130
            finally:
                engine.dispose()
    print(f"{report.articles} articles re-analysed: {report.added} quotes added, {report.removed} removed, "
          f"{report.unchanged} unchanged, {report.kept} kept as editors left them")
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
