"""Turning an lxml element into the paragraphs a reader sees.

Korean CMSes mark paragraphs with <p>, with <div>s, or only with <br><br> inside one text run:
every block boundary and every <br> ends a line, and lines become paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

BLOCK_TAGS = frozenset(
    ["p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "blockquote", "figure", "figcaption", "pre", "address", "center", "form", "fieldset", "hr", "br"]
)  # fmt: skip
# never text a reader reads as part of an article
JUNK_TAGS = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "button",
    "select", "option", "input", "textarea", "video", "audio", "map",
    "amp-ad", "amp-embed", "amp-analytics", "amp-sidebar", "amp-iframe", "amp-video", "amp-youtube",
)  # fmt: skip

_VOID_HTML5 = ("source", "track", "wbr")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")  # zero-width: no whitespace to str.split


HANGUL = re.compile("[가-힣]")  # a Hangul syllable: Korean text
# the end of a Korean sentence in running text (`…했다. `): a line holding one is prose
SENTENCE_STOP = re.compile(r"(?:다|요|죠)\.(?:\s|$)")


def clean(text: str | None) -> str:
    """Collapse whitespace (NBSP, zero-width and ideographic spaces included). str.split already
    splits on every Unicode space (NBSP, U+3000); only the zero-width ones need a pattern."""
    if not text:
        return ""
    if not text.isascii() and _INVISIBLE.search(text):
        text = _INVISIBLE.sub(" ", text)
    return " ".join(text.split())


def drop_junk(root: etree._Element) -> None:
    """Remove elements that are never text (scripts, forms, players, AMP ads), keeping their
    tails; an AMP page's images become plain images; the rest of an article folded behind a
    `본문 더보기` button is unfolded, as the reader who clicks it sees it."""
    found = list(root.iter(*_VOID_HTML5, "amp-img", "button"))  # one walk finds them all
    for button in found:
        if button.tag == "button":
            _unfold(root, button)
    etree.strip_elements(root, *JUNK_TAGS, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    # libxml2 does not know HTML5's empty elements and nests what follows inside them
    # (`<picture><source><source><img>` becomes source > source > img): unwrap them
    if any(el.tag in _VOID_HTML5 for el in found):
        etree.strip_tags(root, *_VOID_HTML5)
    for img in found:
        if img.tag == "amp-img":
            img.tag = "img"


def custom_blocks(elements: list[etree._Element]) -> None:
    """Custom elements (`<news-article>`, `<article-paragraph>`) are inline to the parser, but a
    site's styles lay them out as blocks unless they sit in running text: read those as <div>s.
    Their names say what they are, as class names do (`<newsletter-signup>`, `<nav-crumbs>`), so
    the name joins the class."""
    for el in elements:
        if not _CUSTOM_TAG.fullmatch(el.tag):
            continue  # a broken tag that only looks like one (`<a-\x01>`)
        if not _in_running_text(el) or any(child.tag in BLOCK_TAGS for child in el):
            el.set("class", f"{el.get('class') or ''} {el.tag}".strip())
            el.tag = "div"


_CUSTOM_TAG = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+")


def _in_running_text(el: etree._Element) -> bool:
    """Text runs on right before or after it (`…의 <x-term>용어</x-term>는…`)."""
    if (el.tail or "").strip():
        return True
    before = el.getprevious()
    text = before.tail if before is not None else el.getparent().text
    return bool((text or "").strip())


def _unfold(root: etree._Element, button: etree._Element) -> None:
    """Show the block a `더보기` button controls (`aria-controls`, `data-target`)."""
    target = (button.get("aria-controls") or button.get("data-target") or "").strip().lstrip("#")
    if not target or not _MORE.search(clean("".join(button.itertext())) or button.get("aria-label") or ""):
        return
    for block in root.iterfind(f".//*[@id='{target}']") if _ID.fullmatch(target) else ():
        for attribute in ("hidden", "aria-hidden", "style"):
            block.attrib.pop(attribute, None)


_MORE = re.compile(
    r"더\s*보기|펼치기|펼쳐\s*보기|전체\s*보기|이어\s*보기|계속\s*읽기|(?i:read\s*more|show\s*more)"
)
_ID = re.compile(r"[\w-]+")


def paragraphs_of(element: etree._Element) -> list[str]:
    """The element's text as paragraphs: split at blocks and <br>, whitespace collapsed."""
    lines: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            line = clean("".join(buffer))
            if line:
                lines.append(line)
            buffer.clear()

    def walk(node: etree._Element) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "pre":  # preformatted text breaks its lines itself (a broadcast transcript)
            flush()
            lines.extend(line for line in map(clean, "".join(node.itertext()).split("\n")) if line)
            return
        block = tag in BLOCK_TAGS
        if block:
            flush()
        if node.text and tag:
            buffer.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                buffer.append(child.tail)
        if block:
            flush()

    walk(element)
    flush()
    return lines


def text_of(element: etree._Element) -> str:
    """The element's text on one line (inline pieces joined as rendered: no added spaces; a <br>
    is a line's end, a space on one line: `<h1><span>…일,</span><br><span>30년은…</span></h1>`)."""
    if next(element.iter("br"), None) is None:
        return clean("".join(element.itertext()))
    return clean("".join(_rendered(element)))


def _rendered(node: etree._Element) -> Iterator[str]:
    if node.text and isinstance(node.tag, str):
        yield node.text
    for child in node:
        if child.tag == "br":
            yield " "
        elif isinstance(child.tag, str):
            yield from _rendered(child)
        if child.tail:
            yield child.tail


def spaced_text_of(element: etree._Element) -> str:
    """The element's text with a space between its pieces: `<a>김민서 기자</a><a>박지훈 기자</a>`
    must not read as one word when names are looked for."""
    return clean(" ".join(element.itertext()))


def class_and_id(el: etree._Element) -> str:
    """The element's class and id in one string, for name-based guesses (`byline`, `subtitle`)."""
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def is_inside(el: etree._Element | None, ancestor: etree._Element) -> bool:
    while el is not None:
        if el is ancestor:
            return True
        el = el.getparent()
    return False


def neighbourhood(body: etree._Element) -> etree._Element | None:
    """The body's parent or grandparent, the larger that still holds little besides the body:
    where a reporter box or a lead photo sits next to the article text. None when even the
    parent holds much more (a whole page), and never one that holds another story's <article>
    (the next article of an endless feed, with its own headline and byline)."""
    inner = len(etree.tostring(body, method="text", encoding=str, with_tail=False))
    found = None
    scope = body.getparent()
    for _ in range(2):
        if (
            scope is None
            or len(etree.tostring(scope, method="text", encoding=str, with_tail=False)) > 2 * inner + 1500
            or any(_another_story(other, body) for other in scope.iter("article"))
        ):
            break
        found = scope
        scope = scope.getparent()
    return found


def _another_story(article: etree._Element, body: etree._Element) -> bool:
    """An <article> beside the body's, with a headline of its own (a writer box has none)."""
    return not is_inside(body, article) and next(article.iter("h1", "h2", "h3"), None) is not None
