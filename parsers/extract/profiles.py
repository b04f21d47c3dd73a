"""Site profiles: per-site or per-CMS selectors kept as TOML data files in parsers/profiles/.

A profile names the hosts it serves, its article URL patterns (the crawler uses them to find
articles), markers that recognise its CMS when the URL is unknown, and one or more layouts tried in
order, because sites redesign (layout drift). Adding a site means adding a file; see
docs/profiles.md for the format.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from cssselect import SelectorError
from lxml import etree
from lxml.cssselect import CSSSelector

from parsers.extract.data import TOMLDecodeError, parse_toml
from parsers.extract.links import host_of
from parsers.extract.page import IndexedSelector, PageIndex, indexed_selector

LAYOUT_KEYS = (
    "title", "subtitles", "body", "remove", "captions", "published", "modified", "byline", "section",
    "tags",
)  # fmt: skip


class ProfileError(ValueError):
    """A profile file that cannot be used: names the file and what is wrong."""


_SELECTOR_TOKENS = re.compile(r"([#.])(-?[_a-zA-Z][\w-]*)")


@dataclass(frozen=True)
class Selector:
    """A CSS selector with two shortcuts: the #id/.class names it needs (absent from the page, it
    cannot match and is skipped), and an index-based matcher for simple selectors."""

    css: str
    xpath: CSSSelector
    needs: frozenset[str]
    indexed: IndexedSelector | None
    in_head: bool = False  # `meta[...]`: looked for in <head>, not through the whole page

    def __call__(self, scope: etree._Element, page: PageIndex | None = None) -> list[etree._Element]:
        if page is None:
            return self.xpath(scope)
        if not self.needs <= page.tokens:
            return []
        if self.indexed is not None:
            return self.indexed(scope, page)
        if self.in_head and scope is page.root:
            head = page.head
            return self.xpath(head) if head is not None else []
        return self.xpath(scope)


@dataclass(frozen=True)
class Layout:
    name: str
    selectors: dict[str, tuple[Selector, ...]]
    published_attr: str | None = None
    modified_attr: str | None = None
    page: PageIndex | None = None  # the page being parsed, once bound with for_page()

    def for_page(self, page: PageIndex) -> Layout:
        return replace(self, page=page)

    def select(self, key: str, root: etree._Element) -> list[etree._Element]:
        """Elements of the first selector under `key` that matches anything."""
        for selector in self.selectors.get(key, ()):
            found = selector(root, self.page)
            if found:
                return found
        return []

    def select_within(self, key: str, scope: etree._Element) -> list[etree._Element]:
        """Elements of every selector under `key` matched within `scope` (the body) and the scope
        itself: what to remove from the body, its captions."""
        found = [el for selector in self.selectors.get(key, ()) for el in selector(scope, self.page)]
        return list(dict.fromkeys(found))


@dataclass(frozen=True)
class Profile:
    name: str
    outlet: str | None
    hosts: tuple[str, ...]
    article_urls: tuple[re.Pattern[str], ...]
    markers: tuple[Selector, ...]
    layouts: tuple[Layout, ...] = field(default_factory=tuple)

    def is_article_url(self, url: str) -> bool:
        return any(pattern.search(url) for pattern in self.article_urls)

    def recognises(self, root: etree._Element, page: PageIndex | None = None) -> bool:
        return any(marker(root, page) for marker in self.markers)


def load_profile(text: str, source: str) -> Profile:
    """Build a Profile from TOML text; ProfileError names `source` and the problem."""
    try:
        data = parse_toml(text)
    except TOMLDecodeError as exc:
        raise ProfileError(f"{source}: not valid TOML: {exc}") from exc
    try:
        return _build(data)
    except (KeyError, TypeError, ValueError, re.error, SelectorError) as exc:
        raise ProfileError(f"{source}: {type(exc).__name__}: {exc}") from exc


def _build(data: dict[str, Any]) -> Profile:
    unknown = set(data) - {"name", "outlet", "hosts", "article_urls", "markers", "layouts", "description"}
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}")
    layouts = []
    for number, spec in enumerate(data.get("layouts", []), 1):
        extra = set(spec) - set(LAYOUT_KEYS) - {"name", "published_attr", "modified_attr"}
        if extra:
            raise ValueError(f"layout {number}: unknown keys {sorted(extra)}")
        if not spec.get("body"):
            raise ValueError(f"layout {number}: needs a body selector")
        selectors = {key: tuple(_css(s) for s in _strings(spec, key)) for key in LAYOUT_KEYS if key in spec}
        layouts.append(
            Layout(
                name=str(spec.get("name", number)),
                selectors=selectors,
                published_attr=spec.get("published_attr"),
                modified_attr=spec.get("modified_attr"),
            )
        )
    return Profile(
        name=str(data["name"]),
        outlet=data.get("outlet"),
        hosts=tuple(_strings(data, "hosts")),
        article_urls=tuple(re.compile(p) for p in _strings(data, "article_urls")),
        markers=tuple(_css(s) for s in _strings(data, "markers")),
        layouts=tuple(layouts),
    )


def _strings(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key, [])
    value = [value] if isinstance(value, str) else value
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError(f"{key} must be a string or a list of strings")
    return value


@cache
def _css(selector: str) -> Selector:
    needs = frozenset(kind + name for kind, name in _SELECTOR_TOKENS.findall(_without_strings(selector)))
    if "," in selector or ":not(" in selector:
        needs = frozenset()  # alternatives or negations: no token is required
    return Selector(
        css=selector,
        xpath=CSSSelector(selector),
        needs=needs,
        indexed=indexed_selector(selector),
        in_head=selector.lstrip().startswith("meta["),
    )


def _without_strings(selector: str) -> str:
    """Drop quoted attribute values, whose dots are not class names (`[content="a.b"]`)."""
    return re.sub(r"\[[^\]]*\]", "", selector)


@cache
def all_profiles() -> tuple[Profile, ...]:
    """The bundled profiles, loaded once per process, in file-name order."""
    folder = resources.files("parsers").joinpath("profiles")
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)
    return tuple(load_profile(f.read_text(encoding="utf-8"), f"profiles/{f.name}") for f in files)


def get_profile(name: str) -> Profile:
    for profile in all_profiles():
        if profile.name == name:
            return profile
    raise KeyError(f"no site profile named {name!r}")


def profile_for_url(url: str | None) -> Profile | None:
    """The profile whose hosts include the URL's host (the most specific pattern wins)."""
    host = (host_of(url) or "").lower()
    return _profile_for_host(host) if host else None


@lru_cache(maxsize=4096)  # bounded: an archive run meets hosts by the hundred thousand
def _profile_for_host(host: str) -> Profile | None:
    matches = [(p, pat) for p in all_profiles() for pat in p.hosts if fnmatch.fnmatchcase(host, pat)]
    if not matches:
        return None
    return max(matches, key=lambda pair: len(pair[1].replace("*", "")))[0]


def profile_for_page(page: PageIndex) -> Profile | None:
    """The first profile whose CMS markers the page carries (for pages of unknown or new hosts)."""
    for profile in all_profiles():
        if profile.markers and profile.recognises(page.root, page):
            return profile
    return None


def profile_from_file(path: str | Path) -> Profile:
    """Load a profile file from disk (to try a new profile before adding it to the package)."""
    path = Path(path)
    return load_profile(path.read_text(encoding="utf-8"), str(path))
