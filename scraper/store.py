"""SQLite storage: one file in WAL mode, a schema version with migrations, one transaction per page.

Every parsed article is committed with its frontier row and fetch log in a single transaction, so
a crawl killed at any instant (SIGKILL included) leaves each page either fully stored and marked
done, or still pending for the next run: never lost, never stored twice.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from parsers import Article
from scraper.discover import Link

# Each entry moves the schema one version up; never edit a released one, append a new one.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        ended TEXT,
        status TEXT NOT NULL DEFAULT 'running',
        counts TEXT
    );
    CREATE TABLE frontier (
        url TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending',
        reason TEXT,
        lastmod TEXT,
        discovered TEXT NOT NULL,
        attempted TEXT,
        attempts INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX frontier_pending ON frontier (source, state, lastmod);
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        canonical_url TEXT NOT NULL UNIQUE,
        url TEXT NOT NULL,
        source TEXT,
        site TEXT,
        outlet TEXT,
        title TEXT NOT NULL,
        authors TEXT NOT NULL,
        published TEXT,
        modified TEXT,
        section TEXT,
        profile TEXT,
        content_hash TEXT NOT NULL,
        revisions INTEGER NOT NULL DEFAULT 1,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        updated TEXT NOT NULL,
        record TEXT NOT NULL
    );
    CREATE INDEX articles_source ON articles (source, updated);
    CREATE INDEX articles_updated ON articles (updated);
    CREATE TABLE fetches (
        id INTEGER PRIMARY KEY,
        run_id INTEGER REFERENCES runs (id),
        url TEXT NOT NULL,
        status INTEGER,
        error TEXT,
        elapsed REAL,
        fetched_at TEXT NOT NULL
    );
    CREATE TABLE validators (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT
    );
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)
MAX_ATTEMPTS = 3
TRANSIENT = (
    "timeout",
    "connection",
    "robots-unavailable",
    "http-429",
    "http-500",
    "http-502",
    "http-503",
    "http-504",
)


class StoreError(Exception):
    """The database cannot be opened or is of a newer schema: the crawl must not start."""


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def content_hash(article: Article) -> str:
    """What a reader sees of the article: a change here is a new revision; analysis is not content."""
    data = article.to_dict()
    keep = {
        k: data[k]
        for k in (
            "title",
            "subtitles",
            "authors",
            "published",
            "modified",
            "section",
            "paragraphs",
            "images",
            "tags",
        )
    }
    return hashlib.sha256(json.dumps(keep, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


class Store:
    """The crawl database. Use from one thread: the crawl's main thread does all the writing."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.db = sqlite3.connect(str(self.path), isolation_level=None, timeout=10)
            self.db.execute("PRAGMA busy_timeout = 10000")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot use this database: {exc}") from exc

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {version} is newer than this knews ({SCHEMA_VERSION})"
            )
        for number in range(version, SCHEMA_VERSION):
            self.db.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number + 1}")
            except sqlite3.Error:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    # runs -----------------------------------------------------------------------------------------

    def start_run(self) -> int:
        cur = self.db.execute("INSERT INTO runs (started) VALUES (?)", (now(),))
        return int(cur.lastrowid)

    def finish_run(self, run_id: int, status: str, counts: dict[str, Any]) -> None:
        self.db.execute(
            "UPDATE runs SET ended = ?, status = ?, counts = ? WHERE id = ?",
            (now(), status, json.dumps(counts, ensure_ascii=False), run_id),
        )

    # frontier -------------------------------------------------------------------------------------

    def add_links(self, source: str, links: Iterable[Link]) -> int:
        """Queue new links, and re-queue done ones whose listing date moved past our last fetch.

        Returns how many were queued (new or revisit)."""
        queued = 0
        stamp = now()
        with self._tx():
            for link in links:
                lastmod = link.lastmod.isoformat() if link.lastmod else None
                cur = self.db.execute(
                    "INSERT OR IGNORE INTO frontier (url, source, lastmod, discovered) VALUES (?, ?, ?, ?)",
                    (link.url, source, lastmod, stamp),
                )
                if cur.rowcount:
                    queued += 1
                elif lastmod:
                    cur = self.db.execute(
                        "UPDATE frontier SET state = 'pending', lastmod = ?, attempts = 0 "
                        "WHERE url = ? AND state = 'done' AND attempted IS NOT NULL AND attempted < ?",
                        (lastmod, link.url, _utc(link.lastmod)),
                    )
                    queued += cur.rowcount
        return queued

    def pending(self, source: str, limit: int) -> list[str]:
        """The next pages to fetch for a source, newest listing date first."""
        rows = self.db.execute(
            "SELECT url FROM frontier WHERE source = ? AND state = 'pending' "
            "ORDER BY lastmod DESC NULLS LAST, rowid LIMIT ?",
            (source, limit),
        )
        return [r[0] for r in rows]

    def validators(self, url: str) -> tuple[str | None, str | None]:
        row = self.db.execute("SELECT etag, last_modified FROM validators WHERE url = ?", (url,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def save_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO validators (url, etag, last_modified) VALUES (?, ?, ?)",
            (url, etag, last_modified),
        )

    # pages ----------------------------------------------------------------------------------------

    def save_article(
        self, run_id: int, frontier_url: str, source: str, article: Article, *, status: int, elapsed: float
    ) -> str:
        """Store a parsed page; returns "new", "updated" or "unchanged". One transaction."""
        key = article.canonical_url or article.url or frontier_url
        digest = content_hash(article)
        stamp = now()
        with self._tx():
            row = self.db.execute(
                "SELECT id, content_hash FROM articles WHERE canonical_url = ?", (key,)
            ).fetchone()
            fields = _columns(article)
            record = article.to_json()
            if row is None:
                self.db.execute(
                    "INSERT INTO articles (canonical_url, url, source, site, outlet, title, authors,"
                    " published, modified, section, profile, content_hash, first_seen, last_seen, updated,"
                    " record)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (key, article.url or frontier_url, source, *fields, digest, stamp, stamp, stamp, record),
                )
                outcome = "new"
            elif row[1] != digest:
                self.db.execute(
                    "UPDATE articles SET url = ?, site = ?, outlet = ?, title = ?, authors = ?,"
                    " published = ?, modified = ?, section = ?, profile = ?, content_hash = ?,"
                    " revisions = revisions + 1,"
                    " last_seen = ?, updated = ?, record = ? WHERE id = ?",
                    (article.url or frontier_url, *fields, digest, stamp, stamp, record, row[0]),
                )
                outcome = "updated"
            else:
                self.db.execute("UPDATE articles SET last_seen = ? WHERE id = ?", (stamp, row[0]))
                outcome = "unchanged"
            self._settle(frontier_url, "done", None, stamp)
            if key != frontier_url:
                self.db.execute(
                    "INSERT OR IGNORE INTO frontier (url, source, state, discovered, attempted)"
                    " VALUES (?, ?, 'done', ?, ?)",
                    (key, source, stamp, stamp),
                )
            self._log(run_id, frontier_url, status, None, elapsed, stamp)
        return outcome

    def save_failure(
        self,
        run_id: int,
        frontier_url: str,
        reason: str,
        *,
        status: int | None,
        elapsed: float,
        skipped: bool = False,
    ) -> None:
        """Record a page that gave no article. Transient failures stay pending for a later run,
        up to MAX_ATTEMPTS; the rest (and skipped non-articles) are settled."""
        stamp = now()
        with self._tx():
            attempts = self.db.execute(
                "SELECT attempts FROM frontier WHERE url = ?", (frontier_url,)
            ).fetchone()
            tries = (attempts[0] if attempts else 0) + 1
            if skipped:
                state = "skipped"
            elif reason in TRANSIENT and tries < MAX_ATTEMPTS:
                state = "pending"
            else:
                state = "failed"
            self._settle(frontier_url, state, reason, stamp)
            self._log(run_id, frontier_url, status, reason, elapsed, stamp)

    def _settle(self, url: str, state: str, reason: str | None, stamp: str) -> None:
        self.db.execute(
            "UPDATE frontier SET state = ?, reason = ?, attempted = ?, attempts = attempts + 1 WHERE url = ?",
            (state, reason, stamp, url),
        )

    def _log(
        self, run_id: int, url: str, status: int | None, error: str | None, elapsed: float, stamp: str
    ) -> None:
        self.db.execute(
            "INSERT INTO fetches (run_id, url, status, error, elapsed, fetched_at) VALUES (?, ?, ?, ?, ?, ?)",
            (run_id, url, status, error, round(elapsed, 4), stamp),
        )

    # reading --------------------------------------------------------------------------------------

    def records(
        self,
        *,
        since: str | None = None,
        source: str | None = None,
        newest_first: bool = False,
        limit: int | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Stored articles, oldest change first, each as its row with the record parsed."""
        sql = (
            "SELECT canonical_url, source, revisions, first_seen, last_seen, updated, record"
            " FROM articles WHERE 1 = 1"
        )
        args: list[Any] = []
        if since:
            sql += " AND updated >= ?"
            args.append(since)
        if source:
            sql += " AND source = ?"
            args.append(source)
        sql += " ORDER BY updated DESC, id DESC" if newest_first else " ORDER BY updated, id"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        for row in self.db.execute(sql, args):
            yield {
                "canonical_url": row[0],
                "source": row[1],
                "revisions": row[2],
                "first_seen": row[3],
                "last_seen": row[4],
                "updated": row[5],
                "record": json.loads(row[6]),
            }

    def count(self, table: str) -> int:
        if table not in ("articles", "frontier", "fetches", "runs"):
            raise ValueError(f"no table {table!r}")
        return int(self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    def _tx(self) -> _Transaction:
        return _Transaction(self.db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")


def _columns(article: Article) -> tuple[Any, ...]:
    return (
        article.site,
        article.outlet,
        article.title,
        json.dumps(article.authors, ensure_ascii=False),
        article.published.isoformat() if article.published else None,
        article.modified.isoformat() if article.modified else None,
        article.section,
        article.profile,
    )


def _utc(when: datetime) -> str:
    return when.astimezone(timezone.utc).isoformat(timespec="seconds")
