"""sources.toml: which outlets to crawl and how, validated on load with errors that name the line.

A cron job with a broken configuration must fail loudly at once (exit 78), not crawl half the
outlets; so every key is checked, unknown keys included (a typo is an error, not a silent default).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scraper.fetch import DEFAULT_USER_AGENT, FetchSettings
from scraper.urls import BadURL, canonicalize, hostname_of

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib


class ConfigError(ValueError):
    """A sources file that cannot be used; the message names the file and line."""


@dataclass
class Source:
    """One outlet: where its article links are listed, and how hard it may be crawled."""

    name: str
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    profile: str | None = None
    article_urls: list[re.Pattern[str]] = field(default_factory=list)
    max_pages: int = 200
    delay: float = 1.0

    @property
    def allowed_hosts(self) -> frozenset[str]:
        """Hosts named in this source's own configuration: they may be private (a local site)."""
        return frozenset(hostname_of(u) for u in [*self.feeds, *self.sitemaps, *self.sections])

    def is_article_url(self, url: str) -> bool:
        """Does a link found on a section page look like one of this outlet's articles?"""
        if self.article_urls:
            return any(p.search(url) for p in self.article_urls)
        prof = _profile(self.profile) if self.profile else _profile_for_url(url)
        return prof is not None and prof.is_article_url(url)


@dataclass
class Config:
    """The whole file: crawl-wide settings and the sources."""

    sources: list[Source]
    fetch: FetchSettings
    workers: int = 8
    analyze: bool = True
    max_seconds: float | None = None
    path: Path | None = None


_CRAWL_KEYS: dict[str, type | tuple[type, ...]] = {
    "user_agent": str,
    "delay": (int, float),
    "workers": int,
    "max_bytes": int,
    "connect_timeout": (int, float),
    "timeout": (int, float),
    "deadline": (int, float),
    "retries": int,
    "max_redirects": int,
    "max_seconds": (int, float),
    "analyze": bool,
    "per_host": int,
}
_SOURCE_KEYS: dict[str, type | tuple[type, ...]] = {
    "name": str,
    "feeds": list,
    "sitemaps": list,
    "sections": list,
    "profile": str,
    "article_urls": list,
    "max_pages": int,
    "delay": (int, float),
}


def load_sources(path: str | Path) -> Config:
    """Read and validate a sources.toml; raises ConfigError naming the line of the first problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    return parse_sources(text, path)


def parse_sources(text: str, path: Path | None = None) -> Config:
    """Validate TOML text already read (tests and the demo build theirs in memory)."""
    where = str(path) if path else "<sources>"
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: not valid TOML: {exc}") from exc
    lines = _Lines(text, where)
    unknown = set(data) - {"crawl", "source"}
    if unknown:
        key = sorted(unknown)[0]
        raise ConfigError(f"{lines.top(key)}: unknown table or key {key!r} (expected [crawl] and [[source]])")
    crawl = data.get("crawl", {})
    if not isinstance(crawl, dict):
        raise ConfigError(f"{lines.top('crawl')}: [crawl] must be a table")
    _check_keys(crawl, _CRAWL_KEYS, lambda k: lines.in_crawl(k), "[crawl]")
    settings = FetchSettings(
        user_agent=crawl.get("user_agent", DEFAULT_USER_AGENT),
        delay=float(crawl.get("delay", 1.0)),
        max_bytes=crawl.get("max_bytes", FetchSettings.max_bytes),
        connect_timeout=float(crawl.get("connect_timeout", FetchSettings.connect_timeout)),
        read_timeout=float(crawl.get("timeout", FetchSettings.read_timeout)),
        deadline=float(crawl.get("deadline", FetchSettings.deadline)),
        retries=crawl.get("retries", FetchSettings.retries),
        max_redirects=crawl.get("max_redirects", FetchSettings.max_redirects),
        per_host=crawl.get("per_host", FetchSettings.per_host),
    )
    for key in ("delay", "max_bytes", "timeout", "deadline", "retries", "max_redirects", "max_seconds"):
        if key in crawl and crawl[key] < 0:
            raise ConfigError(f"{lines.in_crawl(key)}: [crawl] {key} must not be negative")
    for key in ("workers", "per_host", "max_bytes"):
        if key in crawl and crawl[key] < 1:
            raise ConfigError(f"{lines.in_crawl(key)}: [crawl] {key} must be at least 1")
    if not settings.user_agent.strip():
        raise ConfigError(f"{lines.in_crawl('user_agent')}: [crawl] user_agent must not be empty")
    raw_sources = data.get("source", [])
    if not isinstance(raw_sources, list) or not raw_sources:
        raise ConfigError(f"{where}: no [[source]] tables: nothing to crawl")
    sources: list[Source] = []
    for i, raw in enumerate(raw_sources):
        sources.append(_source(raw, i, lines, default_delay=settings.delay))
    names = [s.name for s in sources]
    for i, name in enumerate(names):
        if name in names[:i]:
            raise ConfigError(f"{lines.in_source(i, 'name')}: source name {name!r} is used twice")
    return Config(
        sources=sources,
        fetch=settings,
        workers=crawl.get("workers", 8),
        analyze=crawl.get("analyze", True),
        max_seconds=float(crawl["max_seconds"]) if "max_seconds" in crawl else None,
        path=path,
    )


def _source(raw: Any, i: int, lines: _Lines, default_delay: float) -> Source:
    at = lambda key: lines.in_source(i, key)  # noqa: E731 - a one-line locator reads best inline
    if not isinstance(raw, dict):
        raise ConfigError(f"{at('')}: each [[source]] must be a table")
    _check_keys(raw, _SOURCE_KEYS, at, "[[source]]")
    name = raw.get("name")
    if not name or not re.fullmatch(r"[\w.-]+", name):
        raise ConfigError(f"{at('name')}: a source needs a name of letters, digits, '.', '_' or '-'")
    urls: dict[str, list[str]] = {}
    for key in ("feeds", "sitemaps", "sections"):
        values = raw.get(key, [])
        out = []
        for value in values:
            if not isinstance(value, str):
                raise ConfigError(f"{at(key)}: source {name!r}: {key} must be a list of URLs")
            try:
                out.append(canonicalize(value))
            except BadURL as exc:
                raise ConfigError(f"{at(key)}: source {name!r}: {exc}") from exc
        urls[key] = out
    if not any(urls.values()):
        raise ConfigError(f"{at('name')}: source {name!r} has no feeds, sitemaps or sections")
    patterns = []
    for pattern in raw.get("article_urls", []):
        try:
            patterns.append(re.compile(pattern))
        except (re.error, TypeError) as exc:
            raise ConfigError(
                f"{at('article_urls')}: source {name!r}: bad pattern {pattern!r}: {exc}"
            ) from exc
    profile = raw.get("profile")
    if profile is not None and _profile(profile) is None:
        raise ConfigError(f"{at('profile')}: source {name!r}: no site profile named {profile!r}")
    needs_pattern = urls["sections"] and not patterns and profile is None
    if needs_pattern and _profile_for_url(urls["sections"][0]) is None:
        raise ConfigError(
            f"{at('sections')}: source {name!r}: section pages need `article_urls` patterns "
            "or a site profile to tell article links from the rest"
        )
    max_pages = raw.get("max_pages", 200)
    delay = raw.get("delay", default_delay)
    if max_pages < 1:
        raise ConfigError(f"{at('max_pages')}: source {name!r}: max_pages must be at least 1")
    if delay < 0:
        raise ConfigError(f"{at('delay')}: source {name!r}: delay must not be negative")
    return Source(
        name=name,
        feeds=urls["feeds"],
        sitemaps=urls["sitemaps"],
        sections=urls["sections"],
        profile=profile,
        article_urls=patterns,
        max_pages=max_pages,
        delay=float(delay),
    )


def _check_keys(table: dict[str, Any], allowed: dict[str, Any], at: Any, what: str) -> None:
    for key, value in table.items():
        if key not in allowed:
            raise ConfigError(f"{at(key)}: unknown key {key!r} in {what} (allowed: {', '.join(allowed)})")
        expected = allowed[key]
        if isinstance(value, bool) and expected is not bool:
            raise ConfigError(f"{at(key)}: {what} {key} must not be true/false")
        if not isinstance(value, expected):
            kinds = expected if isinstance(expected, tuple) else (expected,)
            names = " or ".join(t.__name__ for t in kinds)
            raise ConfigError(f"{at(key)}: {what} {key} must be a {names}, not {type(value).__name__}")


def _profile(name: str) -> Any:
    from parsers.extract.profiles import get_profile

    try:
        return get_profile(name)
    except KeyError:
        return None


def _profile_for_url(url: str) -> Any:
    from parsers.extract.profiles import profile_for_url

    return profile_for_url(url)


class _Lines:
    """Finds the line a key sits on, so errors say `sources.toml:12` (tomllib gives no positions)."""

    def __init__(self, text: str, where: str):
        self.where = where
        self.lines = text.splitlines()

    def _headers(self, header: str) -> list[int]:
        return [i for i, line in enumerate(self.lines) if line.strip().split("#")[0].strip() == header]

    def _find(self, start: int, key: str) -> str:
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=") if key else None
        for i in range(start + 1, len(self.lines)):
            stripped = self.lines[i].strip()
            if stripped.startswith("["):
                break
            if pattern and pattern.match(self.lines[i]):
                return f"{self.where}:{i + 1}"
        return f"{self.where}:{start + 1}"

    def top(self, key: str) -> str:
        for i, line in enumerate(self.lines):
            if re.match(rf"^\s*\[*\s*{re.escape(key)}\b", line):
                return f"{self.where}:{i + 1}"
        return self.where

    def in_crawl(self, key: str) -> str:
        heads = self._headers("[crawl]")
        return self._find(heads[0], key) if heads else self.where

    def in_source(self, index: int, key: str) -> str:
        heads = self._headers("[[source]]")
        return self._find(heads[index], key) if index < len(heads) else self.where
