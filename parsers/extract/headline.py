"""The headline: the visible heading that agrees with the metadata title (JSON-LD headline,
og:title, <title>), which usually carries the site's name too. The subheads under it are
subtitles.py's."""

from __future__ import annotations

import re

from lxml import etree

from parsers.extract.meta import PageMeta, jsonld_text
from parsers.extract.page import PageIndex
from parsers.extract.profiles import Layout
from parsers.extract.text import text_of

_TITLE_SEPARATORS = re.compile(r"\s+(?:[-|:·<>«»–—]|::|\|\|)\s+|\s*[|｜]\s*")
HEADINGS = ("h1", "h2", "h3", "h4")
TITLEISH = re.compile(
    r"(?:^|[\s_\-])(?:v|view)?(?:title|headline|subject|tit|head_tit|article_tit|news_tit|jemok)(?:$|[\s_\-])",
    re.I,  # jemok: 제목, romanised
)


def title_of(page: PageIndex, meta: PageMeta, layout: Layout | None, body: etree._Element) -> str:
    """The headline as the page shows it: a visible heading that agrees with the metadata title;
    with no such heading, the page's h1, else the last title-classed block or heading above the
    body (metadata that agrees with no heading is often the site's own title:
    `머니포커스 - 돈이 보이는 경제뉴스`), else the metadata title."""
    root = page.root
    if layout is not None:
        for el in layout.select("title", root):
            text = text_of(el)
            if text:
                return text
    hints = [
        h
        for h in (
            jsonld_text(meta.jsonld.get("headline")),
            meta.first("og:title", "twitter:title", "title", "dc.title"),
            meta.html_title,
        )
        if h
    ]
    headings = [heading_text(el) for el in page.tagged(*HEADINGS)]
    titled = [text_of(el) for el in page.named(TITLEISH) if el.tag in TITLE_TAGS]
    for candidates in (headings, titled):
        found = _matching_title([c for c in candidates if 4 <= len(c) <= 300], hints)
        if found:
            return _without_suffix(found, headings + titled)
    # metadata that matches no heading is often the site's own title: a real headline beats it
    for el in page.tagged("h1"):
        text = heading_text(el)
        if len(text) >= 8 and el.find(".//a") is None and el.find(".//img") is None:
            return text
    shown = _titled_above(page, body)
    if shown:
        return shown
    if hints:
        return _strip_site_suffix(hints[0])
    return next((h for h in headings if len(h) >= 4), "")


_MIN_HEADLINE = 8


def heading_text(el: etree._Element) -> str:
    """A heading's text without the small print under it (`<h1>제목<br><small>English title</small>`)."""
    text = text_of(el)
    for small in el.iter("small"):
        text = text.replace(text_of(small), "")
    return " ".join(text.split())


def _titled_above(page: PageIndex, body: etree._Element) -> str | None:
    """The text of the last title-classed block before the body (`div.v_tit`), or of big type
    (`<font size="5">` in an old table layout), when it reads as a headline: long enough, no link
    in it or around it."""
    found = None
    titled = {el for el in page.named(TITLEISH) if el.tag in TITLE_TAGS or el.tag in HEADINGS}
    for el in page.root.iter():
        if el is body:
            break
        if (
            (el in titled or el.tag in HEADINGS or big_type(el))
            and el.find(".//a") is None
            and not any(a.tag == "a" for a in el.iterancestors())
        ):
            text = text_of(el)
            if len(text) >= _MIN_HEADLINE:
                found = text
    return found


TITLE_TAGS = frozenset(("div", "p", "span", "strong", "dt", "td", "th"))  # th: a board table's title row
_FONT_PX = re.compile(r"font-size\s*:\s*(\d+)px")


def big_type(el: etree._Element) -> bool:
    """Set in type a headline's size: `<font size="5">`, `style="font-size:22px"`."""
    size = el.get("size") if el.tag == "font" else None
    if size is not None:
        return size.strip().isdigit() and int(size) >= _BIG_FONT
    px = _FONT_PX.search(el.get("style") or "")
    return px is not None and int(px.group(1)) >= _BIG_PX


_BIG_FONT = 5  # of HTML's seven sizes, 3 is the normal one
_BIG_PX = 20


def _matching_title(candidates: list[str], hints: list[str]) -> str | None:
    """The candidate equal to a metadata title, else the longest one inside it (the metadata
    title often carries the site name: `제목 - 한국일보`), else the first that a metadata title
    without the site name begins (a <title> cut short: `완도 전복값 1년 새 31% 폭락 - 남도매일`)."""
    for hint in hints:
        squeezed = squeeze(hint)
        for candidate in candidates:
            if squeeze(candidate) == squeezed:
                return candidate
        for candidate in sorted(candidates, key=len, reverse=True):
            if len(candidate) >= _MIN_HEADLINE and squeeze(candidate) in squeezed:
                return candidate
    for hint in hints:
        shortened = squeeze(_strip_site_suffix(hint))
        if len(shortened) >= _MIN_HEADLINE:
            for candidate in candidates:
                if squeeze(candidate).startswith(shortened):
                    return candidate
    return None


def _without_suffix(title: str, candidates: list[str]) -> str:
    """`제목 > 뉴스` when the page also shows `제목` alone: boards put their name after the title in
    both the metadata and a page-level heading, and the article's own heading is the bare title."""
    bare = _strip_site_suffix(title)
    return bare if bare != title and bare in candidates else title


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _strip_site_suffix(title: str) -> str:
    """`기사 제목 - 한국일보` → `기사 제목`: drop the shortest trailing or leading site-name part."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title.strip()
    longest = max(parts, key=len)
    return longest.strip() if len(longest) >= 8 else title.strip()
