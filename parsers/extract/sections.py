"""The section an article belongs to, as the page names it: a profile's selector, a breadcrumb, a
Korean metadata value, a trail written as text, the highlighted menu item."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from lxml import etree

from parsers.extract.meta import PageMeta, jsonld_text
from parsers.extract.page import PageIndex
from parsers.extract.profiles import Layout
from parsers.extract.text import HANGUL, clean, text_of

_CRUMB_SPLIT = re.compile(r"\s*(?:>|›|»|＞|/)\s*")
_CRUMB_HOME = {"홈", "home", "메인", "main", "홈으로", "뉴스", "news"}
_BREADCRUMBISH = re.compile(
    r"breadcrumb|location|path|navi_?area|crumb|loc_?nav|section_?nav|(?:^|[-_\s])(?:loc|trail)(?:$|[-_\s])",
    re.I,
)


_CRUMB_TAGS = frozenset(("div", "p", "ul", "ol", "nav", "td", "span"))


def _breadcrumb_section(page: PageIndex) -> str | None:
    """`홈 > 경제 > 농업` → `경제`: the first crumb after home."""
    for el in page.named(_BREADCRUMBISH):
        if el.tag not in _CRUMB_TAGS:
            continue
        crumbs = _crumbs(el)
        if 1 <= len(crumbs) <= 6 and len(crumbs[0]) <= 20:
            return crumbs[0]
    return None


def _crumbs(el: etree._Element) -> list[str]:
    """The parts of a trail, from its links/items or from `>`-separated text, without home."""
    # the first link to the site's root is home, whatever it reads (`<a href="/">스포츠</a> › 야구`)
    home = next((text_of(a) for a in el.iter("a") if _ROOT_LINK.fullmatch(a.get("href") or "")), None)
    parts = [text_of(child) for child in el.iter("a", "li", "span", "strong", "em") if child is not el]
    parts = [p for p in parts if p and p != home and not _CRUMB_SPLIT.fullmatch(p)]
    crumbs = parts if len(parts) >= 2 else [c for c in _CRUMB_SPLIT.split(text_of(el)) if c]
    return [c for c in crumbs if c.lower() not in _CRUMB_HOME and c != home]


_ROOT_LINK = re.compile(r"(?:https?://[^/]+)?/?(?:index\.\w+)?|\./?")
# `on`, `active`, and the same at the end of a name (`dnib-act`, `nxm-menu-now`, `hf-gnb-on`)
_ACTIVE = re.compile(r"(?:^|[-_])(?:on|act|active|selected|current|cur|now)$")
_ARIA_CURRENT = etree.XPath("//*[@aria-current='page' or @aria-current='true']")
_MENUISH = re.compile(r"gnb|lnb|snb|nav|menu|category|section|tabs?(?:$|[-_\s])", re.I)


def section_of(page: PageIndex, meta: PageMeta, layout: Layout | None, before: str = "") -> str | None:
    """The section as the page names it: the profile's, a breadcrumb, a Korean metadata value, a
    trail written as text in `before` (the page's text above the body), the highlighted menu item,
    then any metadata value (often an English slug)."""
    if layout is not None:
        for el in layout.select("section", page.root):
            text = text_of(el)
            if text and text.lower() not in _CRUMB_HOME:
                return text
    machine = jsonld_text(meta.jsonld.get("articleSection")) or meta.first(
        "article:section", "og:article:section", "dd:category", "og:category"
    )
    korean_machine = machine if machine and HANGUL.search(machine) else None
    for value in (_breadcrumb_section(page), korean_machine, _category_label(page), _text_trail(before)):
        if value:
            return _section_name(value)
    return _active_menu_item(page) or (_section_name(machine) if machine else None)


def _section_name(value: str) -> str | None:
    """`'지역뉴스'` → 지역뉴스: a section's name without the quotes a template put around it."""
    return clean(value).strip("'\"‘’“” ") or None


# `HOME > 수산·해양` written as plain text (an old table layout): the first crumb
_TEXT_TRAIL = re.compile(
    r"(?<![A-Za-z가-힣])(?:HOME|Home|홈)((?:\s*[>›]\s*[^>›\n]{1,20}?(?=\s*[>›]))*\s*[>›]\s*[^>›\n\s]{1,20})"
)


def _text_trail(before: str) -> str | None:
    """`HOME > 뉴스 > 사회` → 사회: the first crumb after home that names a section."""
    match = _TEXT_TRAIL.search(before)
    if match is None:
        return None
    crumbs = [c.strip() for c in _CRUMB_SPLIT.split(match.group(1)) if c.strip()]
    return next((c for c in crumbs if c.lower() not in _CRUMB_HOME), None)


_CATEGORYISH = re.compile(
    r"(?:^|[-_])(?:cat|cate|category|kicker|section[-_]?name|sect?[-_]?(?:name|label))(?:$|[-_]|name|links)",
    re.I,
)
_LABEL_TAGS = frozenset(("span", "div", "a", "strong", "em", "p", "li", "dd"))


def _category_label(page: PageIndex) -> str | None:
    """A short label classed as the category (`span.category-name`, `a.cate_name`)."""
    for el in page.named(_CATEGORYISH):
        text = text_of(el)
        if el.tag in _LABEL_TAGS and 2 <= len(text) <= 20:
            crumbs = _crumbs(el)
            if crumbs:
                return crumbs[0]
    return None


def _active_menu_item(page: PageIndex) -> str | None:
    """The menu item the page marks as the one shown: classed `on`/`active`, or `aria-current`."""
    for el in chain(page.named(_ACTIVE), _aria_current(page.root)):
        if el.tag not in ("li", "a"):
            continue
        menu = next(
            (
                a
                for a in el.iterancestors()
                if a.tag == "nav" or _MENUISH.search(f"{a.get('class') or ''} {a.get('id') or ''}")
            ),
            None,
        )
        text = text_of(el)
        if menu is not None and 2 <= len(text) <= 12 and text.lower() not in _CRUMB_HOME:
            return text
    return None


def _aria_current(root: etree._Element) -> Iterator[etree._Element]:
    """Elements marked aria-current, looked for only when no class marks the current item."""
    yield from _ARIA_CURRENT(root)
