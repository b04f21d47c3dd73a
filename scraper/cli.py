"""The `knews` command: crawl, export, fetch, parse, demo.

Exit codes (see docs/crawl.md): 0 the run worked (even if some pages failed), 1 a page or file
could not be had, 2 bad usage, 74 the database cannot be used, 75 another crawl holds the lock,
78 the sources file is broken, 128+N stopped by signal N.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import TextIO

EX_OK, EX_FAIL, EX_USAGE, EX_IOERR, EX_TEMPFAIL, EX_CONFIG = 0, 1, 2, 74, 75, 78
CSV_FIELDS = (
    "canonical_url",
    "source",
    "outlet",
    "site",
    "title",
    "authors",
    "published",
    "modified",
    "section",
    "profile",
    "revisions",
    "first_seen",
    "updated",
    "body",
)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `knews` console script."""
    args = _parser().parse_args(argv)
    _logging(getattr(args, "verbose", 0), getattr(args, "quiet", False))
    try:
        return int(args.func(args))
    except BrokenPipeError:
        # The reader (`knews export | head`) has gone: stop quietly, as other Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EX_OK


def _parser() -> argparse.ArgumentParser:
    # -v/-q are accepted before or after the subcommand (`knews -q crawl` and `knews crawl -q`).
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=argparse.SUPPRESS,
        help="more log lines on stderr (-vv: debug)",
    )
    common.add_argument(
        "-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help="only errors on stderr"
    )
    p = argparse.ArgumentParser(
        prog="knews", description="Korean news pages into clean records.", parents=[common]
    )
    sub = p.add_subparsers(dest="command", required=True)

    def add(name: str, text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=text, parents=[common])

    c = add("crawl", "discover, fetch, parse and store new articles (for cron)")
    c.add_argument("--sources", required=True, type=Path, help="sources.toml")
    c.add_argument("--db", required=True, type=Path, help="SQLite database file (created if missing)")
    c.add_argument("--stats-json", type=Path, help="write the run's counts here as JSON")
    c.add_argument("--no-analyze", action="store_true", help="skip the Korean analysis")
    c.add_argument("--max-seconds", type=float, help="stop taking new pages after this long")
    c.set_defaults(func=_crawl)

    e = add("export", "write stored records out")
    e.add_argument("--db", required=True, type=Path)
    e.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    e.add_argument("--since", type=_since, help="records stored or changed since DATE (ISO, UTC if no zone)")
    e.add_argument("--source", help="only this source's records")
    e.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    e.set_defaults(func=_export)

    f = add("fetch", "fetch one article and print its record as JSON")
    f.add_argument("url")
    f.add_argument("--no-analyze", action="store_true")
    f.add_argument("--indent", type=int, default=None)
    f.set_defaults(func=_fetch)

    r = add("parse", "parse saved HTML files, one JSON record per line")
    r.add_argument("files", nargs="+", help="HTML files; - reads stdin")
    r.add_argument("--url", help="the page's URL (for relative links and site profiles)")
    r.add_argument("--charset", help="the page's charset, when known")
    r.add_argument("--no-analyze", action="store_true")
    r.set_defaults(func=_parse)

    d = add("demo", "crawl the bundled sample site on 127.0.0.1 into ./knews-demo.db")
    d.add_argument("--db", type=Path, default=Path("knews-demo.db"))
    d.add_argument("--no-analyze", action="store_true")
    d.set_defaults(func=_demo)
    _add_archive(sub, common)
    return p


def _logging(verbose: int, quiet: bool) -> None:
    level = (
        logging.ERROR
        if quiet
        else (logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    )
    logging.basicConfig(level=level, stream=sys.stderr, format="knews: %(levelname)s %(name)s: %(message)s")


def _since(value: str) -> str:
    try:
        when = datetime.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO date or datetime: {value!r}") from exc
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc).isoformat(timespec="seconds")


def _crawl(args: argparse.Namespace) -> int:
    from scraper.crawl import Crawl, Locked, hold_lock, progress_stream
    from scraper.sources import ConfigError, load_sources
    from scraper.store import Store, StoreError

    try:
        config = load_sources(args.sources)
    except ConfigError as exc:
        print(f"knews crawl: {exc}", file=sys.stderr)
        return EX_CONFIG
    if args.max_seconds is not None:
        config.max_seconds = args.max_seconds
    try:
        lock = hold_lock(args.db)
    except Locked as exc:
        print(f"knews crawl: {exc}", file=sys.stderr)
        return EX_TEMPFAIL
    with lock:
        try:
            store = Store(args.db)
        except StoreError as exc:
            print(f"knews crawl: {exc}", file=sys.stderr)
            return EX_IOERR
        stop = threading.Event()
        caught: list[int] = []

        def on_signal(signum: int, _frame: object) -> None:
            caught.append(signum)
            stop.set()

        previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
        try:
            with store:
                stats = Crawl(
                    config,
                    store,
                    stop=stop,
                    progress=progress_stream(getattr(args, "quiet", False)),
                    analyze=False if args.no_analyze else None,
                ).run()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
    if caught:
        stats.status = f"stopped by {signal.Signals(caught[0]).name}"
    print(stats.line(), flush=True)
    if args.stats_json:
        args.stats_json.write_text(json.dumps(stats.as_dict(), ensure_ascii=False, indent=2) + "\n")
    return 128 + caught[0] if caught else EX_OK


def _export(args: argparse.Namespace) -> int:
    from scraper.store import Store, StoreError

    if not args.db.exists():
        print(f"knews export: no database at {args.db}", file=sys.stderr)
        return EX_IOERR
    try:
        store = Store(args.db)
    except StoreError as exc:
        print(f"knews export: {exc}", file=sys.stderr)
        return EX_IOERR
    out: TextIO = args.output.open("w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        with store:
            rows = store.records(since=args.since, source=args.source)
            if args.format == "jsonl":
                for row in rows:
                    record = row["record"]
                    record["crawl"] = {
                        k: row[k] for k in ("source", "revisions", "first_seen", "last_seen", "updated")
                    }
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore")
                writer.writeheader()
                for row in rows:
                    record = row["record"]
                    writer.writerow({**record, **row, "authors": "; ".join(record.get("authors") or [])})
    finally:
        if args.output:
            out.close()
    return EX_OK


def _fetch(args: argparse.Namespace) -> int:
    from parsers import NotAnArticle
    from scraper import fetch_article
    from scraper.fetch import FetchError

    try:
        article = fetch_article(args.url, analyze=not args.no_analyze)
    except FetchError as exc:
        print(f"knews fetch: {args.url}: {exc} ({exc.reason})", file=sys.stderr)
        return EX_FAIL
    except NotAnArticle as exc:
        print(f"knews fetch: {args.url}: not an article: {exc}", file=sys.stderr)
        return EX_FAIL
    print(article.to_json(indent=args.indent))
    return EX_OK


def _parse(args: argparse.Namespace) -> int:
    from parsers import NotAnArticle, parse_article

    failed = 0
    for name in args.files:
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        except OSError as exc:
            print(f"knews parse: {name}: cannot read: {exc.strerror or exc}", file=sys.stderr)
            failed += 1
            continue
        label = "<stdin>" if name == "-" else name
        try:
            article = parse_article(data, url=args.url, charset=args.charset, analyze=not args.no_analyze)
        except NotAnArticle as exc:
            print(f"knews parse: {label}: not an article: {exc}", file=sys.stderr)
            failed += 1
            continue
        print(article.to_json(), flush=True)
    return EX_FAIL if failed else EX_OK


def _demo(args: argparse.Namespace) -> int:
    from scraper.demo import run_demo

    return run_demo(args.db, analyze=not args.no_analyze)


def _add_archive(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    a = sub.add_parser(
        "archive", help="parse WARC/ARC files into Parquet (docs/archive.md)", parents=[common]
    )
    a.add_argument(
        "warcs", nargs="+", metavar="WARC", help="WARC/ARC files or globs (.gz per record or plain)"
    )
    a.add_argument("--out", required=True, type=Path, help="output folder (Parquet by published_date)")
    a.add_argument("--engine", choices=("local", "dask"), default="local")
    a.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes (default: cores)")
    a.add_argument("--scheduler", help="Dask scheduler address (default: a LocalCluster of --workers)")
    a.add_argument("--no-analyze", action="store_true", help="skip the Korean analysis")
    a.add_argument(
        "--hosts", action="append", help="host globs, comma-separated; 'known': the site profiles'"
    )
    a.add_argument("--kr", action="store_true", help="only hosts under .kr")
    a.add_argument(
        "--min-korean", type=float, default=0.3, help="least Hangul share of letters (0: keep all)"
    )
    a.add_argument("--url-pattern", help="regular expression the URL must contain")
    a.add_argument("--split-mb", type=int, default=256, help="byte ranges of this size for large .gz files")
    a.add_argument("--redo", action="store_true", help="ignore the journal: parse everything again")
    a.set_defaults(func=_archive)


def _archive(args: argparse.Namespace) -> int:
    from parsers.warc import Filters
    from scraper.archive import ArchiveError, Options, archive
    from scraper.engines import dask_runner, local_runner

    hosts = [h.strip() for value in args.hosts or [] for h in value.split(",") if h.strip()]
    if "known" in hosts:
        hosts = [h for h in hosts if h != "known"] + list(Filters.known_hosts())
    filters = Filters(tuple(hosts), args.kr, args.min_korean, args.url_pattern)
    if args.engine == "dask":
        runner = dask_runner(args.scheduler, args.workers)
    else:
        runner = local_runner(args.workers)
    options = Options(analyze=not args.no_analyze, filters=filters)
    try:
        summary = archive(
            args.warcs, args.out, runner, options=options, split_bytes=args.split_mb << 20, redo=args.redo
        )
    except ArchiveError as exc:
        print(f"knews archive: {exc}", file=sys.stderr)
        return EX_FAIL
    except KeyboardInterrupt:
        print("knews archive: interrupted; the same command resumes where it stopped", file=sys.stderr)
        return 128 + signal.SIGINT
    print(summary.line(), flush=True)
    return EX_OK


if __name__ == "__main__":
    sys.exit(main())
