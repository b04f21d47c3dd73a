"""Telling boilerplate from article text inside a body container (rules in data/boilerplate.toml)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from lxml import etree

from parsers.extract.data import load_data
from parsers.extract.text import BLOCK_TAGS, SENTENCE_STOP, clean

_TOKEN_SPLIT = re.compile(r"[\s\-_]+")
_CONTAINERS = (
    "div", "ul", "ol", "dl", "table", "section", "aside", "nav", "footer", "header", "form", "p", "span",
    "figure", "blockquote", "tr", "td",
)  # fmt: skip


@cache
def _rules() -> tuple[frozenset[str], frozenset[str], int, re.Pattern[str], tuple[re.Pattern[str], ...]]:
    """Block tokens, keep tokens, the longest boilerplate line, and the line patterns: those
    anchored at the start in one alternation tried once, at the start; the rest anywhere in the
    line (see `_searchers`)."""
    data = load_data("boilerplate.toml")
    anchored = [p[1:] for p in data["line_patterns"] if p.startswith("^")]
    floating = [p for p in data["line_patterns"] if not p.startswith("^")]
    return (
        frozenset(data["block_tokens"]),
        frozenset(data["keep_tokens"]),
        data["max_chars"],
        re.compile("|".join(f"(?:{p})" for p in anchored)),
        _searchers(floating),
    )


def _searchers(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    """Patterns searched anywhere in a line, as few scans as can be fast. An alternation whose
    every branch opens with a literal character lets the regex engine skip to the positions where
    one of those characters stands (ten times faster on a Korean line than trying every branch at
    every position); the patterns that open otherwise (a group, a class) are searched apart."""
    literal_led = [p for p in patterns if _opens_with_literal(p) and not _has_top_level_bar(p)]
    others = [p for p in patterns if p not in literal_led]
    searchers = [re.compile("|".join(literal_led))] if literal_led else []
    return (*searchers, *(re.compile(p) for p in others))


def _opens_with_literal(pattern: str) -> bool:
    return len(pattern) > 1 and pattern[0] not in _SPECIAL and pattern[1] not in "*+?{"


_SPECIAL = frozenset("\\()[].^$*+?{|")


def _has_top_level_bar(pattern: str) -> bool:
    """`a|b` outside any group: such a pattern cannot join an alternation bare."""
    depth = 0
    in_class = escaped = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
    return False


def is_boilerplate_line(text: str) -> bool:
    _, _, max_chars, anchored, searchers = _rules()
    if len(text) > max_chars:
        return False
    return anchored.match(text) is not None or any(s.search(text) is not None for s in searchers)


@lru_cache(maxsize=8192)  # a page repeats its class names (`li.item` fifty times), a site its pages'
def name_tokens(names: str) -> tuple[frozenset[str], frozenset[str]]:
    """(words, pieces) of class/id names, lower-cased. `BaseAd_adWrap__kTNSx sr-only` has the words
    {'basead_adwrap__ktnsx', 'basead', 'adwrap', 'ktnsx', 'sr-only', 'sr', 'only'}; its pieces add
    the camelCase parts ('base', 'ad', 'wrap' ...), where CSS-module names hide what a block is."""
    words: set[str] = set()
    pieces: set[str] = set()
    for name in names.split():
        words.add(name.lower())
        for part in _TOKEN_SPLIT.split(name):
            words.add(part.lower())
            pieces.update(piece.lower() for piece in _CAMEL.findall(part))
    words.discard("")
    return frozenset(words), frozenset(pieces | words)


_CAMEL = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def marked_as_boilerplate(el: etree._Element) -> bool:
    """Its class or id says it is an ad, share bar, related list, byline box and so on, and not
    that it wraps the article (`article_body` keeps, a camelCase piece of a longer name does not)."""
    words, pieces = _element_tokens(el)
    block, keep, *_ = _rules()
    return bool(pieces & block) and not words & keep


def is_ad(el: etree._Element) -> bool:
    """Its class or id says it is an ad, in a word of its own (`adsense`, `ad-box`; not the
    camelCase piece of YTN's article box, `CmAdContent`)."""
    return bool(_element_tokens(el)[0] & _ad_tokens())


@cache
def _notice_terms() -> frozenset[str]:
    return frozenset(load_data("boilerplate.toml")["notice_terms"])


@cache
def _ad_tokens() -> frozenset[str]:
    return frozenset(load_data("boilerplate.toml")["ad_tokens"])


def holds_no_article_images(el: etree._Element) -> bool:
    """Its class or id says its pictures are not the article's (a reporter box, a related list)."""
    _, pieces = _element_tokens(el)
    return bool(pieces & _no_image_tokens())


def _element_tokens(el: etree._Element) -> tuple[frozenset[str], frozenset[str]]:
    """name_tokens of the element's class and id (empty when it has neither)."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    return name_tokens(names) if names.strip() else (frozenset(), frozenset())


@cache
def _no_image_tokens() -> frozenset[str]:
    return frozenset(load_data("boilerplate.toml")["no_image_tokens"])


def link_heavy(el: etree._Element) -> bool:
    """Mostly links: a headline list, a tag cloud, a menu; a paragraph only when it is nearly all
    link (`<p><b>[관련 기사]</b> <a>...</a></p>`), since article prose may carry a link or two."""
    # a mailto: link is an address written as a link, not a way to another page
    links = [a for a in el.iter("a") if not (a.get("href") or "").startswith("mailto:")]
    if not links:
        return False
    total = _text_length(el)
    linked = sum(map(_text_length, links))
    if total == 0:
        return False
    if len(links) == 1 and linked / total > 0.9 and _wraps_blocks(links[0]):
        return True  # a card: one link around another article's picture, headline and summary
    if el.tag == "p":
        return linked / total > 0.75
    return linked / total > 0.5 and (len(links) >= 2 or total < 40)


def _wraps_blocks(link: etree._Element) -> bool:
    """A link around blocks of its own (a headline's div, a summary's p), as prose never is."""
    return any(el.tag in _CARD_BLOCKS for el in link.iterdescendants())


_CARD_BLOCKS = frozenset(("div", "p", "h2", "h3", "h4", "h5", "ul", "figure"))


def _text_length(el: etree._Element) -> int:
    """Characters of the element's text, whitespace runs counted as one space (as clean() does)."""
    return len(" ".join(etree.tostring(el, method="text", encoding=str, with_tail=False).split()))


_HIDDEN = etree.XPath(
    ".//*[@hidden or @aria-hidden='true' or contains(translate(@style, ' ', ''), 'display:none')]"
)
_INVISIBLE_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def hidden(el: etree._Element) -> bool:
    """Hidden from the reader, by itself or by a box around it (`display:none`, `hidden`)."""
    for node in (el, *el.iterancestors()):
        if (
            node.get("hidden") is not None
            or node.get("aria-hidden") == "true"
            or _INVISIBLE_STYLE.search(node.get("style") or "")
        ):
            return True
    return False


def strip_boilerplate_blocks(body: etree._Element) -> None:
    """Remove boilerplate elements below `body` (never `body` itself), keeping their tails:
    hidden elements, <aside>s, boxes whose class says ad/share/related..., link lists and boxes
    of figures."""
    doomed = [
        el
        for el in _HIDDEN(body)
        if el.get("hidden") is not None
        or el.get("aria-hidden") == "true"
        or _INVISIBLE_STYLE.search(el.get("style") or "")
    ]
    for el in body.iter(*_CONTAINERS):
        if el is body:
            continue
        if data_table(el) or _small_form(el):
            doomed.append(_with_its_box(el, body))  # its title and source line go with it
        elif (
            el.tag == "aside"  # beside the article, not of it: a sidebar, a reporter's note, a fact box
            or (el.tag == "blockquote" and (_PULL_QUOTE & _element_tokens(el)[1] or social_post(el)))
            or (marked_as_boilerplate(el) and not (_named_only_a_list(el) and prose_list(el)))
            or labelled_box(el)
            or link_heavy(el)
            or fact_box(el)
            or quote_box(el)
        ):
            doomed.append(el)
    for el in doomed:
        remove_keep_tail(el)


def social_post(el: etree._Element) -> bool:
    """A quote box linking to a post on a social network: the post embedded, not article text
    (a pull quote, caught beside it, repeats the article's)."""
    links = _social_post_links()
    return any(links.search(a.get("href") or "") for a in el.iter("a"))


@cache
def _social_post_links() -> re.Pattern[str]:
    return re.compile(load_data("boilerplate.toml")["social_post_links"])


def _named_only_a_list(el: etree._Element) -> bool:
    """Its class says no more than that it is a list (`dnib-list-wrap`), not what list (comments,
    related articles, ads)."""
    block, *_ = _rules()
    return _element_tokens(el)[1] & block <= {"list"}


def prose_list(el: etree._Element) -> bool:
    """A list of sentences with no link in it (`주요 개정 내용은 다음과 같다.` over four rules):
    the article's own points, whatever the class of its box says (`dnib-list-wrap`)."""
    items = [clean("".join(li.itertext())) for li in el.iter("li")]
    return (
        len(items) >= 2
        and next(el.iter("a"), None) is None
        and all(len(item) >= _SENTENCE_ITEM and _SENTENCE_ENDING.search(item) for item in items)
    )


_SENTENCE_ITEM = 20
_SENTENCE_ENDING = re.compile(r"(?:다|요|음|함|임)\.?$")


def labelled_box(el: etree._Element) -> bool:
    """A box that opens with the label of an ad, a list of other articles or the next story (`AD`,
    `광고`, `함께 읽으면 좋은 기사`, `이어지는 기사`), as a page with no meaningful class names still
    shows them."""
    if el.tag not in ("div", "section", "li", "td"):
        return False
    first = next((text.strip() for text in el.itertext() if text.strip()), "")
    return bool(first) and _BOX_LABEL.fullmatch(first) is not None


# `[참고자료]`: a list of sources follows (dropped with it from the body), or a box opens with it
SOURCES_LABEL = re.compile(r"\[?\s*참고\s*(?:자료|문헌)\s*\]?\s*[:：]?")
_BOX_LABEL = re.compile(
    r"AD|광고|ADVERTISEMENT|(?i:sponsored)|스폰서|관련\s*기사|함께\s*(?:읽으면|보면)\s*좋은\s*기사|추천\s*기사"
    r"|이\s*시각\s*(?:주요|많이\s*본)\s*뉴스|많이\s*본\s*(?:뉴스|기사)|이어지는\s*기사|다음\s*기사"
    r"|기자의\s*(?:한마디|눈|시선)|취재\s*후기|전시\s*정보|공연\s*정보|[◇◆■□▶]?\s*(?:경기|오늘의)\s*(?:결과|기록)"
    r"|.{0,20}후원(?:해\s*주세요|하기)\.?|판결\s*요지"
    r"|" + SOURCES_LABEL.pattern
)


def data_table(el: etree._Element) -> bool:
    """A table of figures (rows of short cells, most with digits) inside the body: data, not
    prose. Tables that lay out a page (an old site's body in a cell) have long cells."""
    if el.tag != "table":
        return False
    cells = [clean("".join(cell.itertext())) for cell in el.iter("td", "th")]
    if len(cells) < _TABLE_CELLS or max(map(len, cells), default=0) > _TABLE_CELL_CHARS:
        return False
    # a table that heads its columns (<thead>, <th scope>) is data whatever its cells hold (a
    # forecast of icons and place names); a layout table does not
    if el.find(".//thead") is not None or any(th.get("scope") for th in el.iter("th")):
        return True
    with_digits = sum(any(ch.isdigit() for ch in cell) for cell in cells)
    return with_digits >= _TABLE_DIGITS * len(cells)


def quote_box(el: etree._Element) -> bool:
    """A market quote in the body (`48,350 ▲1,250 +2.65% 10.14 15:30 기준`): a small box of
    figures with a price's change in it and no sentence."""
    if el.tag not in ("div", "section") or not 2 <= len(el) <= _QUOTE_BOX_PARTS:
        return False
    pieces: list[str] = []
    size = 0
    for piece in el.itertext():  # read no further than such a box can run
        size += len(piece)
        if size > 2 * _QUOTE_BOX_CHARS:
            return False
        pieces.append(piece)
    text = clean("".join(pieces))
    if len(text) > _QUOTE_BOX_CHARS or not _PRICE_CHANGE.search(text) or SENTENCE_STOP.search(text):
        return False
    chars = text.replace(" ", "")
    return sum(ch.isdigit() for ch in chars) >= 0.3 * len(chars)


_QUOTE_BOX_CHARS = 150
_QUOTE_BOX_PARTS = 8  # a name line, a price line, a time line: a few rows, not a column of text
_PRICE_CHANGE = re.compile(r"[▲▼△▽]\s?[\d,.]+|[+\-−]\d+(?:\.\d+)?%")


def _small_form(el: etree._Element) -> bool:
    """A form inside the body (a newsletter sign-up, a poll): a widget, not text. A form around
    the whole page (ASP.NET wraps every page in one) holds far more text."""
    return el.tag == "form" and _text_length(el) <= _SMALL_FORM_CHARS


_SMALL_FORM_CHARS = 200
_PULL_QUOTE = frozenset(("pull", "pq"))  # `pull-quote`, `f24-pq`: a line of the article shown again, large


def _with_its_box(widget: etree._Element, body: etree._Element) -> etree._Element:
    """A data table's or a form's box when the box holds little else (a title, a source line,
    a line of what the form is for)."""
    box = widget.getparent()
    if box is None or box is body or box.tag not in ("div", "section", "figure"):
        return widget
    rest = len(clean("".join(box.itertext()))) - len(clean("".join(widget.itertext())))
    return box if rest <= (_FORM_BOX_CHARS if widget.tag == "form" else _TABLE_BOX_CHARS) else widget


def fact_box(el: etree._Element) -> bool:
    """A box of figures or tips inside the body: a short title over a list whose every item is a
    label and a figure (`[데이터로 본 섬 학교]` / `휴교·폐교 분교 : 11곳`), or any list of short items
    under a bracketed title (`[호우 시 국민행동요령]` / `하천변 산책로 이용을 자제하세요.`), or the
    details of a funeral notice."""
    if el.tag not in ("div", "aside", "section"):
        return False
    terms = {clean("".join(dt.itertext())) for dt in el.iter("dt")}
    if len(terms & _notice_terms()) >= 2:
        return True  # a funeral notice's details: 빈소, 발인, 장지
    first = next((text.strip() for text in el.itertext() if text.strip()), "")
    titled = _BRACKET_TITLE.fullmatch(first) is not None
    items = []
    for li in el.iter("li"):  # stops at the first item that does not belong in such a box
        item = clean("".join(li.itertext()))
        if len(item) > (_TIP_CHARS if titled else _FACT_CHARS) or not (titled or _FACT.search(item)):
            return False
        items.append(item)
    if len(items) < 2:
        return False
    outside = len(clean("".join(el.itertext()))) - sum(map(len, items))
    return outside <= _FACT_CHARS


_BRACKET_TITLE = re.compile(r"\[[^\[\]]{2,30}\]")
_TIP_CHARS = 100
_FACT = re.compile(r"[:：]\s*약?\s*[\d,.]+")
_FACT_CHARS = 60
_TABLE_CELLS = 6
_TABLE_CELL_CHARS = 40
_TABLE_DIGITS = 0.4
_TABLE_BOX_CHARS = 60  # a title (`2일(목) 지역별 날씨`) and a source line
_FORM_BOX_CHARS = 150  # a title, and a line or two on what the form is for


def remove_keep_tail(el: etree._Element, *, as_block: bool = False) -> None:
    """Remove `el`, keeping the text after it; a removed block still ends the line before it."""
    parent = el.getparent()
    if parent is None:
        return
    tail = _CONTROL.sub("", el.tail) if el.tail else None  # lxml refuses to set control characters
    if (as_block or el.tag in BLOCK_TAGS) and el.tag != "br":
        marker = etree.Element("br")
        marker.tail = tail
        parent.replace(el, marker)
        return
    if tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = _CONTROL.sub("", previous.tail or "") + tail
        else:
            parent.text = _CONTROL.sub("", parent.text or "") + tail
    parent.remove(el)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udfff]")
