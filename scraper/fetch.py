"""The polite HTTP fetcher: one requests.Session, per-host pacing, retries, and hard limits.

Everything a hostile or broken server can do to a cron job is bounded here: slow bodies (a total
deadline per attempt), huge bodies and gzip bombs (a cap on decoded bytes, decoded by us so the cap
holds whatever urllib3 version is installed), redirect loops, private addresses, and 429/5xx storms
(a bounded number of retries that honour Retry-After and make the whole host wait).
"""

from __future__ import annotations

import email.utils
import logging
import random
import re
import threading
import time
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urljoin

import requests
import urllib3
from requests.adapters import HTTPAdapter

from scraper.urls import BadURL, canonicalize, check_address, host_of

log = logging.getLogger(__name__)

DEFAULT_USER_AGENT = "knews/0.1 (+https://github.com/knews/knews; crawler contact: knews@example.org)"
_REDIRECTS = (301, 302, 303, 307, 308)
_RETRY_STATUSES = (429, 500, 502, 503, 504)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


@dataclass
class FetchSettings:
    """Limits and manners; the defaults are what a cron crawl of news sites should use."""

    user_agent: str = DEFAULT_USER_AGENT
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    deadline: float = 30.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    retries: int = 3
    backoff: float = 0.5
    max_retry_after: float = 60.0
    delay: float = 1.0
    per_host: int = 1
    pool_size: int = 32


@dataclass
class Response:
    """A finished download: final URL, status, headers, decoded body and the HTTP charset."""

    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes
    charset: str | None
    elapsed: float
    attempts: int = 1

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class FetchError(Exception):
    """A page that could not be had; `reason` is a short key the crawl summary counts by."""

    def __init__(self, reason: str, message: str, *, status: int | None = None, elapsed: float = 0.0):
        super().__init__(message)
        self.reason = reason
        self.status = status
        self.elapsed = elapsed


class Stopped(Exception):
    """The crawl was asked to stop while this page was waiting or downloading."""


@dataclass
class _Host:
    slots: threading.Semaphore
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_at: float = 0.0
    delay: float = 0.0


class HostGate:
    """At most `per_host` requests at a time to one host, spaced by that host's delay.

    The delay runs from the end of one request to the start of the next, and a Retry-After from
    the server pushes the whole host back, not just the page that got it."""

    def __init__(self, per_host: int, stop: threading.Event):
        self._per_host = per_host
        self._stop = stop
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    def _host(self, host: str) -> _Host:
        with self._lock:
            entry = self._hosts.get(host)
            if entry is None:
                entry = self._hosts[host] = _Host(threading.Semaphore(self._per_host))
            return entry

    def set_delay(self, host: str, delay: float) -> None:
        """Raise the host's delay (never lowers it: the strictest source or robots.txt wins)."""
        entry = self._host(host)
        with entry.lock:
            entry.delay = max(entry.delay, delay)

    def push_back(self, host: str, seconds: float) -> None:
        entry = self._host(host)
        with entry.lock:
            entry.next_at = max(entry.next_at, time.monotonic() + seconds)

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        entry = self._host(host)
        while not entry.slots.acquire(timeout=0.1):
            if self._stop.is_set():
                raise Stopped()
        try:
            while True:
                with entry.lock:
                    wait = entry.next_at - time.monotonic()
                if wait <= 0:
                    break
                if self._stop.wait(min(wait, 0.5)):
                    raise Stopped()
            yield
        finally:
            with entry.lock:
                entry.next_at = max(entry.next_at, time.monotonic() + entry.delay)
            entry.slots.release()


class Fetcher:
    """GETs pages politely and safely; thread-safe, shared by all workers of a crawl.

    `robots` (a scraper.robots.RobotsCache, set by the crawl) is consulted before every request
    except for robots.txt itself."""

    def __init__(self, settings: FetchSettings | None = None, stop: threading.Event | None = None):
        self.settings = settings or FetchSettings()
        self.stop = stop or threading.Event()
        self.gate = HostGate(self.settings.per_host, self.stop)
        self.robots = None
        self.session = requests.Session()
        adapter = HTTPAdapter(
            pool_connections=self.settings.pool_size, pool_maxsize=self.settings.pool_size, max_retries=0
        )
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers.update(
            {
                "User-Agent": self.settings.user_agent,
                "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                "Accept-Encoding": "gzip, deflate",
                "Accept-Language": "ko-KR,ko;q=0.9,en;q=0.5",
            }
        )

    def close(self) -> None:
        self.session.close()

    def get(
        self,
        url: str,
        *,
        allowed_hosts: frozenset[str] = frozenset(),
        delay: float | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        check_robots: bool = True,
    ) -> Response:
        """Fetch `url`, following redirects ourselves so every hop is checked (scheme, address,
        robots.txt, count). `allowed_hosts` are hosts that may be private (the source's own).
        Raises FetchError with a reason, or Stopped."""
        started = time.monotonic()
        seen: set[str] = set()
        current = url
        attempts = 0
        for _hop in range(self.settings.max_redirects + 1):
            try:
                current = canonicalize(current)
                check_address(current, allowed_hosts)
            except BadURL as exc:
                raise FetchError("refused-url", str(exc), elapsed=time.monotonic() - started) from exc
            if current in seen:
                raise FetchError(
                    "redirect-loop", f"redirect loop at {current}", elapsed=time.monotonic() - started
                )
            seen.add(current)
            if check_robots and self.robots is not None and not self.robots.allowed(current, allowed_hosts):
                raise FetchError(
                    "robots", f"disallowed by robots.txt: {current}", elapsed=time.monotonic() - started
                )
            host = host_of(current)
            if delay is not None:
                self.gate.set_delay(host, delay)
            headers = {}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            resp, tries = self._attempts(current, host, headers)
            attempts += tries
            if resp.status in _REDIRECTS and resp.headers.get("Location"):
                current = urljoin(current, resp.headers["Location"])
                continue
            resp.elapsed = time.monotonic() - started
            resp.attempts = attempts
            if resp.status == 304 or 200 <= resp.status < 300:
                return resp
            raise FetchError(
                f"http-{resp.status}",
                f"HTTP {resp.status} for {current}",
                status=resp.status,
                elapsed=resp.elapsed,
            )
        raise FetchError(
            "too-many-redirects",
            f"more than {self.settings.max_redirects} redirects from {url}",
            elapsed=time.monotonic() - started,
        )

    def _attempts(self, url: str, host: str, headers: dict[str, str]) -> tuple[Response, int]:
        """One hop with its retries: connection errors, timeouts, 429 and 5xx are tried again."""
        s = self.settings
        for attempt in range(s.retries + 1):
            last = attempt == s.retries
            try:
                with self.gate.slot(host):
                    resp = self._once(url, headers)
            except FetchError as exc:
                if last or exc.reason not in ("connection", "timeout"):
                    raise
                wait = self._backoff(attempt)
                log.info("retrying %s in %.1fs after %s", url, wait, exc.reason)
            else:
                if resp.status not in _RETRY_STATUSES or last:
                    return resp, attempt + 1
                retry_after = _retry_after(resp.headers.get("Retry-After"))
                if retry_after is not None and retry_after > s.max_retry_after:
                    raise FetchError(
                        f"http-{resp.status}",
                        f"HTTP {resp.status}, Retry-After {retry_after:.0f}s is too long: {url}",
                        status=resp.status,
                    )
                wait = retry_after if retry_after is not None else self._backoff(attempt)
                log.info("HTTP %d from %s, retrying in %.1fs", resp.status, url, wait)
            self.gate.push_back(host, wait)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _backoff(self, attempt: int) -> float:
        base = self.settings.backoff * (2**attempt)
        return base * random.uniform(0.5, 1.5)

    def _once(self, url: str, headers: dict[str, str]) -> Response:
        """A single GET with the body streamed under the size cap and the deadline."""
        s = self.settings
        started = time.monotonic()
        try:
            r = self.session.get(
                url,
                headers=headers,
                stream=True,
                allow_redirects=False,
                timeout=(s.connect_timeout, s.read_timeout),
            )
        except requests.Timeout as exc:
            raise FetchError("timeout", f"timed out connecting to or waiting for {url}") from exc
        except requests.ConnectionError as exc:
            raise FetchError("connection", f"connection failed for {url}: {exc}") from exc
        except requests.RequestException as exc:
            raise FetchError("request", f"bad request for {url}: {exc}") from exc
        try:
            body = b""
            if r.status_code not in _REDIRECTS and r.status_code != 304:
                body = self._read_body(r, url, started)
            return Response(
                url=url,
                status=r.status_code,
                headers=r.headers,
                body=body,
                charset=_charset(r.headers.get("Content-Type")),
                elapsed=time.monotonic() - started,
            )
        finally:
            r.close()

    def _read_body(self, r: requests.Response, url: str, started: float) -> bytes:
        s = self.settings
        length = r.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > s.max_bytes:
            raise FetchError("too-large", f"{url} declares {int(length)} bytes (cap {s.max_bytes})")
        inflater = _Inflater.for_encoding(r.headers.get("Content-Encoding"), url)
        chunks: list[bytes] = []
        size = 0
        raw = r.raw
        try:
            while True:
                if time.monotonic() - started > s.deadline:
                    raise FetchError("timeout", f"{url} took longer than {s.deadline:.0f}s")
                if self.stop.is_set():
                    raise Stopped()
                data = raw.read1(65536, decode_content=False)
                if not data:
                    break
                if inflater is not None:
                    data = inflater.feed(data, s.max_bytes - size)
                size += len(data)
                if size > s.max_bytes:
                    raise FetchError("too-large", f"{url} is larger than {s.max_bytes} bytes")
                chunks.append(data)
        except (urllib3.exceptions.ReadTimeoutError, TimeoutError) as exc:
            raise FetchError("timeout", f"{url} stalled for more than {s.read_timeout:.0f}s") from exc
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            raise FetchError("connection", f"download of {url} failed: {exc}") from exc
        return b"".join(chunks)


class _Inflater:
    """gzip/deflate decoding with a ceiling: output beyond the cap is never materialised."""

    def __init__(self, url: str):
        self._d = zlib.decompressobj(32 + zlib.MAX_WBITS)
        self._url = url

    @classmethod
    def for_encoding(cls, encoding: str | None, url: str) -> _Inflater | None:
        enc = (encoding or "identity").strip().lower()
        if enc in ("identity", ""):
            return None
        if enc in ("gzip", "x-gzip", "deflate"):
            return cls(url)
        raise FetchError("bad-encoding", f"{url} sent Content-Encoding {enc!r}, which was not asked for")

    def feed(self, data: bytes, room: int) -> bytes:
        try:
            out = self._d.decompress(data, max(room, 0) + 1)
        except zlib.error as exc:
            raise FetchError("bad-encoding", f"{self._url}: corrupt compressed body ({exc})") from exc
        if self._d.unconsumed_tail or len(out) > room:
            raise FetchError("decompression-bomb", f"{self._url} decompresses past the size cap")
        return out


def gunzip_capped(data: bytes, max_bytes: int, url: str = "") -> bytes:
    """Decompress a .gz file (a sitemap) without letting a bomb past `max_bytes`."""
    inflater = _Inflater(url)
    return inflater.feed(data, max_bytes)


def _charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = _CHARSET.search(content_type)
    return m.group(1).lower() if m else None


def _retry_after(value: str | None) -> float | None:
    """Retry-After as seconds from now: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
