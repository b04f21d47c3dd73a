"""Extraction: page bytes to an Article without analysis. Never needs Kiwi.

decode → parse (lxml) → metadata → site profile or generic body → captions and boilerplate out →
fields (title, times, authors) → Article.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from parsers.extract import fields, headline, images
from parsers.extract import subtitles as subheads
from parsers.extract.boilerplate import (
    SOURCES_LABEL,
    is_boilerplate_line,
    remove_keep_tail,
    strip_boilerplate_blocks,
)
from parsers.extract.bylines import EMAIL, is_byline_line, is_signature
from parsers.extract.dates import date_in_url
from parsers.extract.decode import decode_html, says_utf8
from parsers.extract.generic import drop_headline_block, find_body
from parsers.extract.links import host_of, join_url
from parsers.extract.meta import PageMeta, read_meta
from parsers.extract.page import PageIndex
from parsers.extract.profiles import Layout, Profile, profile_for_page, profile_for_url
from parsers.extract.sections import section_of
from parsers.extract.text import HANGUL, custom_blocks, drop_junk, is_inside, neighbourhood, paragraphs_of
from parsers.record import Article, Image

MIN_BODY_CHARS = 80


class NotAnArticle(ValueError):
    """The input holds no article (empty, not HTML, an index page); the message says why."""


def extract_article(
    source: bytes | str | Any, url: str | None = None, *, charset: str | None = None
) -> Article:
    root = _parse(source, charset)
    meta = read_meta(root)
    drop_junk(root)
    base = _base_url(root, url or meta.canonical)
    warnings: list[str] = []

    page = PageIndex(root)
    if page.custom:  # rare: the index is built again with their names as classes
        custom_blocks(page.custom)
        page = PageIndex(root)
    profile = profile_for_url(url) or profile_for_page(page)
    layout, body_elements = _profile_body(profile, page) if profile else (None, [])
    if profile is not None and not body_elements:
        warnings.append(
            f"profile drift: {profile.name}: no layout found the body; used the generic extractor"
        )
    if not body_elements:
        found = find_body(root)
        body_elements = [found] if found is not None else []

    # the headline as the page shows it, before the body's cleaning may take its block away
    title = headline.title_of(page, meta, layout, body_elements[0]) if body_elements else ""
    byline_texts: list[str] = []
    found_images: list[Image] = []
    lead: list[Image] = []
    paragraphs: list[str] = []
    header_lines: list[str] = []  # the headline's block, when the body held it
    subtitle_elements, subtitles_guessed = subheads.subtitle_elements(
        page, layout, body_elements[0] if body_elements else None, title
    )
    for body in body_elements:
        near = neighbourhood(body)
        byline_texts += fields.byline_boxes(body, near, page)
        lead += images.lead_images(body, near, base)
        if not subtitles_guessed:  # a profile's subheads inside the body leave it, ending the line
            inside = set(body.iter())
            for el in subtitle_elements:
                if el in inside and el is not body:
                    remove_keep_tail(el, as_block=True)
        found_images += images.take_images(body, images.detach_captions(root, body, layout), base)
        if layout is not None:
            for el in layout.select_within("remove", body):
                if el is not body:
                    remove_keep_tail(el)
        if layout is None:
            header_lines += drop_headline_block(body)
        strip_boilerplate_blocks(body)
        paragraphs += paragraphs_of(body)
    paragraphs, byline_lines = _clean_paragraphs(paragraphs)
    byline_texts += byline_lines + [line for line in header_lines if is_byline_line(line)]
    paragraphs = images.caption_lines_to_images(paragraphs, found_images)
    if sum(len(p) for p in paragraphs) < MIN_BODY_CHARS:
        raise NotAnArticle(_no_body_reason(root))

    subtitles, paragraphs = subheads.split_subtitles(
        paragraphs,
        subtitle_elements,
        title,
        generic=subtitles_guessed,
        body=body_elements[0],
        captions=frozenset(image.caption for image in lead + found_images if image.caption),
        shown_above=header_lines,
    )
    around = fields.text_around(body_elements[0], above=header_lines)
    published, modified = fields.times_of(page, meta, layout, body_elements[0], around)
    published = published or date_in_url(url or meta.canonical)
    authors, emails = fields.authors_of(root, meta, layout, byline_texts, paragraphs, around)
    canonical = join_url(base, meta.canonical) if meta.canonical and base else meta.canonical
    site_url = url or canonical or meta.first("og:url")
    return Article(
        url=url,
        canonical_url=canonical or meta.first("og:url"),
        site=host_of(site_url),
        outlet=_outlet(meta, profile),
        title=title,
        subtitles=subtitles,
        authors=authors,
        emails=emails,
        published=published,
        modified=modified,
        section=section_of(page, meta, layout, around[0]),
        paragraphs=paragraphs,
        images=images.unique_images(lead + found_images),
        tags=fields.tags_of(root, meta, layout),
        profile=profile.name if profile is not None and layout is not None else "generic",
        warnings=warnings,
    )


def _parse(source: bytes | str | Any, charset: str | None = None) -> etree._Element:
    if isinstance(source, (bytes, bytearray, memoryview)):
        raw = bytes(source)
        if not raw or raw.isspace():
            raise NotAnArticle("empty input")
        if says_utf8(raw, charset):
            if b"<" not in raw:
                raise NotAnArticle("not HTML: no markup in the input")
            root = _lxml(raw)
            # libxml2 checks the UTF-8 as it parses, as strictly as Python's codec (overlongs and
            # surrogates included): a clean parse saves decoding the page once more only to check it
            if not _PARSER.error_log.filter_types(_BAD_BYTES):
                return root
        text, codec = decode_html(raw, charset)
        # valid UTF-8 without a BOM goes to lxml as it came: no re-encoding of the whole page
        data = raw if codec == "utf-8" and not raw.startswith(b"\xef\xbb\xbf") else text.encode("utf-8")
    elif isinstance(source, str):
        text = source
        data = source.encode("utf-8", "replace")
    elif hasattr(source, "decode") and hasattr(source, "find_all"):  # a bs4.BeautifulSoup
        text = str(source)
        data = text.encode("utf-8", "replace")
    else:
        raise TypeError(f"parse_article takes bytes, str or BeautifulSoup, not {type(source).__name__}")
    if "<" not in text:
        raise NotAnArticle("not HTML: no markup in the input")
    return _lxml(data)


def _lxml(data: bytes) -> etree._Element:
    try:
        root = etree.fromstring(data.replace(b"\x00", b""), parser=_PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise NotAnArticle(f"not HTML: {exc}") from exc
    if root is None:
        raise NotAnArticle("not HTML: the parser found no document")
    return root


# plain etree elements: lxml.html's element classes cost a Python lookup per element; no table of
# ids either (nothing here looks elements up by id through libxml2: the page index does)
_PARSER = etree.HTMLParser(
    encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, collect_ids=False
)
_BAD_BYTES = [etree.ErrorTypes.ERR_INVALID_ENCODING]


def _profile_body(profile: Profile, page: PageIndex) -> tuple[Layout | None, list[etree._Element]]:
    for layout in profile.layouts:
        layout = layout.for_page(page)
        found = layout.select("body", page.root)
        outermost = [el for el in found if not any(o is not el and is_inside(el, o) for o in found)]
        if (
            outermost
            and sum(
                len(etree.tostring(el, method="text", encoding=str, with_tail=False).strip())
                for el in outermost
            )
            >= MIN_BODY_CHARS
        ):
            return layout, outermost
    return None, []


def _clean_paragraphs(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """(article paragraphs, byline lines): boilerplate lines go, byline lines are kept aside. In an
    article written in Korean, a paragraph with no Hangul at all is no part of it (an English
    summary box, a `Read in English →` link)."""
    kept: list[str] = []
    byline_lines: list[str] = []
    sources = False  # under a `[참고자료]` label: the numbered list of sources that follows
    after_byline = False
    for text in paragraphs:
        sources = (sources and _NUMBERED.match(text) is not None) or SOURCES_LABEL.fullmatch(text) is not None
        if sources:
            continue
        # a reporter's line of bio with an address, under the byline (`사람과 공예 … 씁니다. gy@…`)
        tagline = after_byline and len(text) <= _TAGLINE and EMAIL.search(text) is not None
        after_byline = is_byline_line(text)
        if after_byline or tagline:
            byline_lines.append(text)
        elif not is_boilerplate_line(text):
            kept.append(text)
    korean = [text for text in kept if HANGUL.search(text)]
    if len(korean) >= _KOREAN_SHARE * len(kept):
        kept = korean
    if len(kept) > 1 and is_signature(kept[-1]):  # a column's signature
        byline_lines.append(kept.pop())
    return _without_footnotes(kept), byline_lines


def _without_footnotes(paragraphs: list[str]) -> list[str]:
    """A footnote glosses a term the text marks with its stars (`깡통전세**가` … `** 깡통전세: …`):
    apparatus under the article, as a fact box is. A starred line whose term no paragraph marks
    (`* 신청 기간: 3월 1~15일`, a list of the article's own facts) stays."""
    text = "\n".join(paragraphs)
    return [
        line
        for line in paragraphs
        if not (
            (note := _FOOTNOTE.match(line)) is not None
            and f"{note['term']}{note['stars']}" in text.replace(line, "")
        )
    ]


_FOOTNOTE = re.compile(r"(?P<stars>\*{1,3})\s*(?P<term>[^\s:：*][^:：*]{0,19}?)\s*[:：]")


_KOREAN_SHARE = 0.6
_TAGLINE = 120
_NUMBERED = re.compile(r"\d{1,2}[.)]\s")


def _base_url(root: etree._Element, url: str | None) -> str | None:
    """The page's URL resolved against its <base>, which HTML keeps in <head> (looking for it
    there, not through the whole page, saves a walk of the tree)."""
    base = root.find("head/base")
    href = base.get("href") if base is not None else None
    if href and url:
        return join_url(url, href) or url
    return href or url


def _outlet(meta: PageMeta, profile: Profile | None) -> str | None:
    return meta.first("og:site_name", "application-name", "twitter:site") or (
        profile.outlet if profile else None
    )


def _no_body_reason(root: etree._Element) -> str:
    links = len(root.findall(".//a"))
    if links > 30:
        return f"no article text found: the page is mostly links ({links} links), likely an index page"
    return "no article text found in the page"
