"""Discovery: article links from a source's feeds, sitemaps and section pages.

Feeds and sitemaps are fetched with conditional GET (their ETag/Last-Modified are kept in the
database), so a cron run every few minutes costs the outlet a 304 when nothing changed; that is
safe because every link found earlier is already in the frontier table.
"""

from __future__ import annotations

import calendar
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

import feedparser
import lxml.etree
import lxml.html

from scraper.fetch import Fetcher, FetchError, gunzip_capped
from scraper.sources import Source
from scraper.urls import BadURL, absolute, check_address

log = logging.getLogger(__name__)

MAX_SITEMAP_DEPTH = 3
MAX_CHILD_SITEMAPS = 10
_SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
_NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


@dataclass(frozen=True)
class Link:
    """A candidate article URL (canonicalised) with the date the listing gave it, if any."""

    url: str
    lastmod: datetime | None = None


@dataclass
class Discovery:
    """What one source's listings yielded, and which listings failed and why."""

    links: dict[str, Link] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    not_modified: int = 0

    def add(self, link: Link) -> None:
        old = self.links.get(link.url)
        if old is None or (link.lastmod and (old.lastmod is None or link.lastmod > old.lastmod)):
            self.links[link.url] = link


Validators = Callable[[str], tuple[str | None, str | None]]
SaveValidators = Callable[[str, str | None, str | None], None]


class Discoverer:
    """Runs one source's listings through the fetcher and collects the article links."""

    def __init__(self, fetcher: Fetcher, validators: Validators, save_validators: SaveValidators):
        self._fetcher = fetcher
        self._validators = validators
        self._save = save_validators

    def discover(self, source: Source) -> Discovery:
        found = Discovery()
        for url in source.feeds:
            body = self._get(source, url, found, conditional=True)
            if body is not None:
                self._keep(source, parse_feed(body, url), found)
        for url in source.sitemaps:
            self._sitemap(source, url, found, depth=0)
        for url in source.sections:
            body = self._get(source, url, found, conditional=False)
            if body is not None:
                links = [Link(u) for u in section_links(body, url) if source.is_article_url(u)]
                self._keep(source, links, found)
        return found

    def _sitemap(self, source: Source, url: str, found: Discovery, depth: int) -> None:
        body = self._get(source, url, found, conditional=True)
        if body is None:
            return
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip_capped(body, self._fetcher.settings.max_bytes, url)
            except FetchError as exc:
                found.failures[url] = exc.reason
                return
        links, children = parse_sitemap(body)
        self._keep(source, links, found)
        if depth >= MAX_SITEMAP_DEPTH:
            return
        newest = sorted(
            children, key=lambda c: c.lastmod or datetime.min.replace(tzinfo=timezone.utc), reverse=True
        )
        for child in newest[:MAX_CHILD_SITEMAPS]:
            self._sitemap(source, child.url, found, depth + 1)

    def _get(self, source: Source, url: str, found: Discovery, *, conditional: bool) -> bytes | None:
        etag, modified = self._validators(url) if conditional else (None, None)
        try:
            resp = self._fetcher.get(
                url, allowed_hosts=source.allowed_hosts, delay=source.delay, etag=etag, last_modified=modified
            )
        except FetchError as exc:
            log.warning("%s: listing %s failed: %s", source.name, url, exc)
            found.failures[url] = exc.reason
            return None
        if resp.not_modified:
            found.not_modified += 1
            return None
        if conditional:
            self._save(url, resp.headers.get("ETag"), resp.headers.get("Last-Modified"))
        return resp.body

    @staticmethod
    def _keep(source: Source, links: list[Link], found: Discovery) -> None:
        for link in links:
            try:
                check_address(link.url, source.allowed_hosts)
            except BadURL as exc:
                found.failures[link.url] = "refused-url"
                log.info("%s: %s", source.name, exc)
                continue
            found.add(link)


def parse_feed(body: bytes, base: str) -> list[Link]:
    """RSS/Atom entries' links (feedparser), dated by the entry's updated or published time."""
    parsed = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
    links = []
    for entry in parsed.entries:
        href = entry.get("link")
        url = absolute(base, href) if href else None
        if url is None:
            continue
        # Read the dict directly: feedparser's own get() maps updated to published with a warning.
        stamp = dict.get(entry, "updated_parsed") or dict.get(entry, "published_parsed")
        when = datetime.fromtimestamp(calendar.timegm(stamp), tz=timezone.utc) if stamp else None
        links.append(Link(url, when))
    return links


def parse_sitemap(body: bytes) -> tuple[list[Link], list[Link]]:
    """A sitemap's page links and, for a sitemap index, its child sitemaps.

    Google News sitemaps date their entries with news:publication_date; plain ones with lastmod."""
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = lxml.etree.fromstring(body, parser=parser)
    except lxml.etree.XMLSyntaxError:
        return [], []
    if root is None:
        return [], []
    pages: list[Link] = []
    children: list[Link] = []
    for node in root:
        if not isinstance(node.tag, str):
            continue
        tag = lxml.etree.QName(node).localname
        if tag not in ("url", "sitemap"):
            continue
        loc = _text(node, "loc")
        url = absolute(loc, loc) if loc else None
        if url is None:
            continue
        when = _date(node.findtext(f"{_NEWS}news/{_NEWS}publication_date")) or _date(_text(node, "lastmod"))
        (pages if tag == "url" else children).append(Link(url, when))
    return pages, children


def section_links(body: bytes, base: str) -> list[str]:
    """Every link on a section page, absolute and canonical; the source filters them."""
    try:
        doc = lxml.html.fromstring(body)
    except (lxml.etree.ParserError, ValueError):
        return []
    base_href = doc.xpath("string(//base/@href)").strip()
    root = absolute(base, base_href) if base_href else base
    seen: dict[str, None] = {}
    for href in doc.xpath("//a/@href"):
        url = absolute(root or base, href)
        if url is not None:
            seen.setdefault(url, None)
    return list(seen)


def _text(node: lxml.etree._Element, name: str) -> str | None:
    found = node.find(f"{_SM}{name}")
    if found is None:
        found = node.find(name)
    return found.text.strip() if found is not None and found.text else None


def _date(value: str | None) -> datetime | None:
    """W3C datetime as used by sitemaps; a date without zone is taken as UTC."""
    if not value:
        return None
    value = value.strip().replace("Z", "+00:00")
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)
