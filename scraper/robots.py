"""robots.txt, fetched once per host per run and obeyed (RFC 9309 via protego).

A missing robots.txt (4xx) allows everything; one that cannot be read (429, 5xx, timeout, refused
connection) keeps the crawler off the whole host for this run, as the RFC asks: a server in trouble
is no server to crawl. Its pages then fail as `robots-unavailable`, a transient reason, so they stay
queued for a later run instead of being settled as disallowed. The file's Crawl-delay raises the host's delay in the fetcher's gate.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from protego import Protego

from scraper.fetch import FetchError

if TYPE_CHECKING:
    from scraper.fetch import Fetcher

log = logging.getLogger(__name__)

_ALLOW_ALL = "allow"
_DENY_ALL = "deny"


class RobotsCache:
    """Per-host robots.txt rules for one crawl, shared by the worker threads."""

    def __init__(self, fetcher: Fetcher, user_agent: str | None = None):
        self._fetcher = fetcher
        self._agent = _agent_token(user_agent or fetcher.settings.user_agent)
        self._rules: dict[str, Protego | str] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def allowed(self, url: str, allowed_hosts: frozenset[str] = frozenset()) -> bool:
        """May `url` be fetched? Fetches the host's robots.txt the first time a host is seen.

        Raises FetchError("robots-unavailable") when the host's robots.txt could not be read."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        rules = self._rules_for(origin, allowed_hosts)
        if rules == _ALLOW_ALL:
            return True
        if rules == _DENY_ALL:
            raise FetchError("robots-unavailable", f"robots.txt of {origin} could not be read this run")
        return rules.can_fetch(url, self._agent)

    def _rules_for(self, origin: str, allowed_hosts: frozenset[str]) -> Protego | str:
        with self._guard:
            if origin in self._rules:
                return self._rules[origin]
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:
            if origin not in self._rules:
                self._rules[origin] = self._load(origin, allowed_hosts)
            return self._rules[origin]

    def _load(self, origin: str, allowed_hosts: frozenset[str]) -> Protego | str:
        url = origin + "/robots.txt"
        try:
            resp = self._fetcher.get(url, allowed_hosts=allowed_hosts, check_robots=False)
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500 and exc.status != 429:
                return _ALLOW_ALL
            log.warning("robots.txt unreadable at %s (%s): not crawling that host this run", url, exc)
            return _DENY_ALL
        rules = Protego.parse(resp.body.decode("utf-8", errors="replace"))
        delay = rules.crawl_delay(self._agent)
        if delay:
            self._fetcher.gate.set_delay(urlsplit(origin).netloc.lower(), float(delay))
        return rules


def _agent_token(user_agent: str) -> str:
    """The product token robots.txt groups are matched against ("knews" from "knews/0.1 (...)")."""
    return user_agent.split("/", 1)[0].split()[0] if user_agent.strip() else "*"
