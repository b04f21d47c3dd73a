"""One crawl run: discover → fetch → parse → store, with different hosts in parallel.

Worker threads fetch and parse; the main thread alone writes the database, one transaction per
page, as each page finishes. A stop request (signal or time budget) stops new work at once; pages
in flight either finish and are stored, or are abandoned and stay pending for the next run.
"""

from __future__ import annotations

import fcntl
import logging
import os
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, as_completed, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import lxml.etree

from parsers import Article, NotAnArticle, parse_article
from scraper.discover import Discoverer, Discovery
from scraper.fetch import Fetcher, FetchError, Stopped
from scraper.robots import RobotsCache
from scraper.sources import Config, Source
from scraper.store import Store
from scraper.urls import BadURL, canonicalize, host_of, same_site

log = logging.getLogger(__name__)

DRIFT = "profile drift:"
# Pages a crawl declines rather than fails on: they are settled as skipped, with the reason.
_SKIP_REASONS = ("robots", "refused-url", "not-html")
_PARSE_ERRORS = (ValueError, LookupError, UnicodeError, lxml.etree.LxmlError)


@dataclass
class Stats:
    """What a run did; `line()` is the summary a cron mail shows, `as_dict()` goes to --stats-json."""

    discovered: int = 0
    fetched: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)
    listing_failed: Counter[str] = field(default_factory=Counter)
    abandoned: int = 0
    drifted: Counter[str] = field(default_factory=Counter)
    per_source: dict[str, Counter[str]] = field(default_factory=dict)
    seconds: float = 0.0
    status: str = "ok"
    run_id: int | None = None

    def count(self, source: str, what: str, n: int = 1) -> None:
        self.per_source.setdefault(source, Counter())[what] += n

    def line(self) -> str:
        def reasons(c: Counter[str]) -> str:
            return " (" + ", ".join(f"{k} {v}" for k, v in c.most_common()) + ")" if c else ""

        parts = [
            f"discovered {self.discovered}",
            f"fetched {self.fetched}",
            f"new {self.new}",
            f"updated {self.updated}",
            f"unchanged {self.unchanged}",
            f"skipped {sum(self.skipped.values())}{reasons(self.skipped)}",
            f"failed {sum(self.failed.values())}{reasons(self.failed)}",
        ]
        if self.listing_failed:
            parts.append(f"listings failed {sum(self.listing_failed.values())}{reasons(self.listing_failed)}")
        if self.abandoned:
            parts.append(f"abandoned {self.abandoned}")
        if self.drifted:
            parts.append("profile drift: " + ", ".join(f"{k} ({v})" for k, v in sorted(self.drifted.items())))
        parts.append(f"{self.seconds:.1f}s")
        return f"knews crawl {self.status}: " + ", ".join(parts)

    def as_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "status": self.status,
            "seconds": round(self.seconds, 3),
            "discovered": self.discovered,
            "fetched": self.fetched,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": sum(self.skipped.values()),
            "skipped_by_reason": dict(self.skipped),
            "failed": sum(self.failed.values()),
            "failed_by_reason": dict(self.failed),
            "listings_failed_by_reason": dict(self.listing_failed),
            "abandoned": self.abandoned,
            "profile_drift": dict(self.drifted),
            "sources": {name: dict(c) for name, c in sorted(self.per_source.items())},
        }


@dataclass
class _Page:
    """A worker's answer for one frontier URL; the main thread stores it."""

    url: str
    source: Source
    article: Article | None = None
    reason: str | None = None
    status: int | None = None
    elapsed: float = 0.0
    skipped: bool = False
    abandoned: bool = False


class Crawl:
    """A configured crawl over a store. `stop` may be set from a signal handler at any time;
    `on_page(n)` is called after the n-th page of the run is settled (the benchmark samples RSS)."""

    def __init__(
        self,
        config: Config,
        store: Store,
        *,
        stop: threading.Event | None = None,
        progress: TextIO | None = None,
        analyze: bool | None = None,
        on_page: Callable[[int], None] | None = None,
    ):
        self.config = config
        self.on_page = on_page
        self.store = store
        self.stop = stop or threading.Event()
        self.progress = progress
        self.analyze = config.analyze if analyze is None else analyze
        self.fetcher = Fetcher(config.fetch, self.stop)
        self.fetcher.robots = RobotsCache(self.fetcher)
        self.stats = Stats()

    def run(self) -> Stats:
        """Discover, then fetch each source's pending pages up to its page limit; always closes the run."""
        started = time.monotonic()
        self.stats.run_id = self.store.start_run()
        deadline = started + self.config.max_seconds if self.config.max_seconds else None
        timer = None
        if deadline is not None:
            timer = threading.Timer(self.config.max_seconds or 0, self._time_up)
            timer.daemon = True
            timer.start()
        try:
            with ThreadPoolExecutor(self.config.workers, thread_name_prefix="knews") as pool:
                self._discover(pool)
                if not self.stop.is_set():
                    self._fetch_all(pool)
        except BaseException:
            self.stats.status = "crashed"
            self.stop.set()
            raise
        finally:
            if timer is not None:
                timer.cancel()
            self.fetcher.close()
            if self.stop.is_set() and self.stats.status == "ok":
                self.stats.status = "stopped"
            self.stats.seconds = time.monotonic() - started
            self.store.finish_run(self.stats.run_id, self.stats.status, self.stats.as_dict())
        return self.stats

    def _time_up(self) -> None:
        log.warning("time budget of %.0fs spent: finishing the pages in flight", self.config.max_seconds or 0)
        self.stats.status = "time-limit"
        self.stop.set()

    # discovery -----------------------------------------------------------------------------------

    def _discover(self, pool: ThreadPoolExecutor) -> None:
        validators = {
            src_url: self.store.validators(src_url)
            for s in self.config.sources
            for src_url in [*s.feeds, *s.sitemaps]
        }
        fresh: list[tuple[str, str | None, str | None]] = []
        discoverer = Discoverer(
            self.fetcher, lambda u: validators.get(u, (None, None)), lambda u, e, m: fresh.append((u, e, m))
        )

        def one(source: Source) -> Discovery | None:
            try:
                return discoverer.discover(source)
            except Stopped:
                return None

        futures = {pool.submit(one, s): s for s in self.config.sources}
        for future in as_completed(futures):
            source = futures[future]
            found = future.result()
            if found is None:
                continue
            queued = self.store.add_links(source.name, found.links.values())
            self.stats.discovered += queued
            self.stats.count(source.name, "discovered", queued)
            self.stats.listing_failed.update(found.failures.values())
            log.info(
                "%s: %d links listed, %d queued, %d listings unchanged, %d failed",
                source.name,
                len(found.links),
                queued,
                found.not_modified,
                len(found.failures),
            )
        for url, etag, modified in fresh:
            self.store.save_validators(url, etag, modified)

    # fetching ------------------------------------------------------------------------------------

    def _fetch_all(self, pool: ThreadPoolExecutor) -> None:
        """Feed the pool so that each host has at most `per_host` pages in flight."""
        queues: dict[str, deque[tuple[str, Source]]] = {}
        total = 0
        for source in self.config.sources:
            for url in self.store.pending(source.name, source.max_pages):
                queues.setdefault(host_of(url), deque()).append((url, source))
                total += 1
        per_host = self.config.fetch.per_host
        busy: Counter[str] = Counter()
        running: dict[Future[_Page], str] = {}
        ready = deque(queues)
        done = 0
        while (ready or running) and not (self.stop.is_set() and not running):
            while ready and len(running) < self.config.workers * 2 and not self.stop.is_set():
                host = ready.popleft()
                queue = queues[host]
                while queue and busy[host] < per_host:
                    url, source = queue.popleft()
                    running[pool.submit(self._page, url, source)] = host
                    busy[host] += 1
            finished, _ = wait(list(running), timeout=0.5, return_when=FIRST_COMPLETED)
            for future in finished:
                host = running.pop(future)
                busy[host] -= 1
                if queues[host] and host not in ready:
                    ready.append(host)
                self._store(future.result())
                done += 1
                self._show(done, total)
                if self.on_page is not None:
                    self.on_page(done)
        if self.progress is not None and total:
            self.progress.write("\n")

    def _page(self, url: str, source: Source) -> _Page:
        """Worker: fetch and parse one page. Never touches the database."""
        page = _Page(url, source)
        try:
            resp = self.fetcher.get(url, allowed_hosts=source.allowed_hosts, delay=source.delay)
        except Stopped:
            page.abandoned = True
            return page
        except FetchError as exc:
            page.reason, page.status, page.elapsed = exc.reason, exc.status, exc.elapsed
            page.skipped = exc.reason in _SKIP_REASONS
            log.info("%s: %s", source.name, exc)
            return page
        page.status, page.elapsed = resp.status, resp.elapsed
        kind = resp.headers.get("Content-Type", "text/html").lower()
        if "html" not in kind and "xml" not in kind:
            page.reason, page.skipped = "not-html", True
            return page
        try:
            article = parse_article(resp.body, url=resp.url, charset=resp.charset, analyze=self.analyze)
        except NotAnArticle as exc:
            page.reason, page.skipped = f"not an article: {exc}", True
            return page
        except _PARSE_ERRORS as exc:
            log.warning("%s: could not parse %s: %s: %s", source.name, url, type(exc).__name__, exc)
            page.reason = f"parse-error: {type(exc).__name__}"
            return page
        article.canonical_url = _canonical_key(article, resp.url)
        page.article = article
        return page

    def _store(self, page: _Page) -> None:
        s, name = self.stats, page.source.name
        if page.abandoned:
            s.abandoned += 1
            return
        if page.status is not None and 200 <= page.status < 300:
            s.fetched += 1
        if page.article is None:
            reason = page.reason or "unknown"
            self.store.save_failure(
                s.run_id or 0,
                page.url,
                reason,
                status=page.status,
                elapsed=page.elapsed,
                skipped=page.skipped,
            )
            key = "not-an-article" if reason.startswith("not an article") else reason
            (s.skipped if page.skipped else s.failed)[key] += 1
            s.count(name, "skipped" if page.skipped else "failed")
            return
        outcome = self.store.save_article(
            s.run_id or 0, page.url, name, page.article, status=page.status or 200, elapsed=page.elapsed
        )
        setattr(s, outcome, getattr(s, outcome) + 1)
        s.count(name, outcome)
        if any(w.startswith(DRIFT) for w in page.article.warnings):
            s.drifted[name] += 1

    def _show(self, done: int, total: int) -> None:
        if self.progress is None:
            return
        width = 30
        filled = int(width * done / total) if total else width
        s = self.stats
        self.progress.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} pages, "
            f"{s.new} new, {sum(s.failed.values())} failed "
        )
        self.progress.flush()


def _canonical_key(article: Article, fetched_url: str) -> str:
    """The page's own canonical URL when it stays on the serving site, else the fetched URL."""
    fallback = canonicalize(fetched_url)
    claimed = article.canonical_url
    if not claimed:
        return fallback
    try:
        claimed = canonicalize(claimed)
    except BadURL:
        return fallback
    return claimed if same_site(claimed, fetched_url) else fallback


def progress_stream(quiet: bool) -> TextIO | None:
    """stderr for the progress bar only when it is a terminal: silent under cron."""
    return sys.stderr if not quiet and sys.stderr.isatty() else None


class Locked(Exception):
    """Another crawl holds the database's lock."""


class CrawlLock:
    """An exclusive flock on `<db>.lock`, released by the kernel even if the process is killed."""

    def __init__(self, handle: TextIO):
        self._handle = handle

    def __enter__(self) -> CrawlLock:
        return self

    def __exit__(self, *exc: object) -> None:
        fcntl.flock(self._handle, fcntl.LOCK_UN)
        self._handle.close()


def hold_lock(db: Path) -> CrawlLock:
    """Take the crawl lock for `db` or raise Locked at once (a cron run must never wait or overlap)."""
    path = db.with_name(db.name + ".lock")
    handle = path.open("a+", encoding="utf-8")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        handle.seek(0)
        holder = handle.read().strip() or "unknown"
        handle.close()
        raise Locked(f"another crawl is running on {db} (pid {holder}); exiting") from exc
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()
    return CrawlLock(handle)
