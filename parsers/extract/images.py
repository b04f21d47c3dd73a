"""Images of the article with their captions.

Captions are detached from the body first (profiles remove photo boxes, boilerplate removal drops
caption boxes), mapped to their images, and never read as body text. Thumbnails that link to
other pages belong to related-article lists, not to the article.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from lxml import etree

from parsers.extract.boilerplate import holds_no_article_images, remove_keep_tail
from parsers.extract.bylines import is_byline_line
from parsers.extract.links import join_url
from parsers.extract.profiles import Layout
from parsers.extract.text import class_and_id, text_of
from parsers.record import Image

_CAPTIONISH = re.compile(
    r"(?:^|[\s_-])(?:caption|figcaption|cap|(?:img|photo|pic|image)[_-]?(?:desc|caption|txt|text))(?:$|[\s_-])",
    re.I,
)
_HAS_LETTERS = re.compile(r"[가-힣A-Za-z]")
_IMAGE_ATTRS = ("data-org-src", "data-src", "data-original", "data-lazy-src", "data-url", "src")


def detach_captions(
    root: etree._Element, body: etree._Element, layout: Layout | None
) -> dict[etree._Element, str]:
    """Captions mapped to their images, and taken out of the body so they are not read as text.
    Done first: profiles remove photo boxes, and boilerplate removal drops caption boxes whole."""
    selectors = layout.selectors.get("captions") if layout is not None else None
    captions = layout.select_within("captions", body) if layout is not None and selectors else []
    if not captions and selectors != ():  # `captions = []` turns detection off
        # no profile selectors, or theirs found none in this body (a drifted layout): by shape
        captions = [el for el in body.iter() if isinstance(el.tag, str) and is_caption(el)]
        boxes = {parent for el in captions for parent in el.iterancestors()}
        captions = [el for el in captions if el not in boxes]  # a caption box's own caption line
    imgs = list(body.iter("img"))
    caption_of: dict[etree._Element, str] = {}
    for cap in captions:
        text = caption_text(cap)
        img = _image_for_caption(cap, imgs, body)
        if img is not None and img not in caption_of and _HAS_LETTERS.search(text):
            caption_of[img] = text
    for cap in captions:
        if cap is not body and cap.getparent() is not None:
            remove_keep_tail(cap)
    return caption_of


def take_images(body: etree._Element, caption_of: dict[etree._Element, str], base: str | None) -> list[Image]:
    """The article's images, taken out of the body. Thumbnails that link to other pages (related
    articles) and icons are not the article's."""
    images: list[Image] = []
    for img in list(body.iter("img")):
        src = image_source(img)
        url = join_url(base, src) if src else None
        if (
            url
            and not _is_icon(img, src)
            and not _links_elsewhere(img, body)
            and not _in_foreign_box(img, body)
        ):
            images.append(Image(url=_original_image(url), caption=caption_of.get(img)))
        remove_keep_tail(img)
    return images


_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp)(?:[?#]|$)", re.I)


def _in_foreign_box(img: etree._Element, body: etree._Element) -> bool:
    """In a reporter box, a related list or an ad inside the body's container."""
    for ancestor in img.iterancestors():
        if ancestor is body:
            return False
        if holds_no_article_images(ancestor):
            return True
    return False


def _links_elsewhere(img: etree._Element, body: etree._Element) -> bool:
    for ancestor in img.iterancestors():
        if ancestor is body:
            return False
        if ancestor.tag == "a":
            href = (ancestor.get("href") or "").strip()
            return bool(href) and not href.startswith(("#", "javascript")) and not _IMAGE_FILE.search(href)
    return False


def _original_image(url: str) -> str:
    """A thumbnailing proxy's URL (`.../thumb/R658x0/?fname=https://...`) → the image it wraps."""
    query = urlsplit(url).query
    if "http" not in query:
        return url
    for value in parse_qs(query).values():
        if value and value[0].startswith(("http://", "https://")):
            return value[0]
    return url


def _image_for_caption(
    cap: etree._Element, imgs: list[etree._Element], body: etree._Element
) -> etree._Element | None:
    """The image a caption belongs to: inside the same figure/box (a box below the body, which
    holds every image), else the last image before it."""
    scope = cap.getparent()
    for _ in range(3):
        if scope is None or scope is body:
            break
        inside = list(scope.iter("img"))
        if inside:
            return inside[-1] if len(inside) == 1 else _last_before(cap, inside)
        scope = scope.getparent()
    return _last_before(cap, imgs)


def _last_before(cap: etree._Element, imgs: list[etree._Element]) -> etree._Element | None:
    """The nearest of `imgs` before the caption in document order: a video's caption between
    two photos belongs to neither."""
    known = set(imgs)
    node: etree._Element | None = cap
    while node is not None:
        for el in node.itersiblings(preceding=True):
            found = [img for img in el.iter("img") if img in known]
            if found:
                return found[-1]
        node = node.getparent()
    return None


# an ad server's host, or a banner in one of the standard ad sizes (`bank_300x600.jpg`)
_AD_FILE = re.compile(
    r"//(?:ads?|adimg|banners?)\d*\.|[_\-/](?:728x90|300x250|300x600|160x600|320x50|336x280|970x250|970x90|468x60)(?=[_.\-/?]|$)"
)
_ICON_FILE = re.compile(
    r"(?:^|[/_-])(?:btn|button|icon|ico|bullet|blank|spacer|arrow|bg|logo|emblem)[_./\-]", re.I
)


def image_source(img: etree._Element) -> str | None:
    """The picture's own address: a lazy loader's attribute (`data-src`) before `src`, which then
    holds a placeholder (`blank_1x1.gif`) or an inline `data:` image."""
    return next(
        (value.strip() for a in _IMAGE_ATTRS if (value := img.get(a)) and not value.startswith("data:")), None
    )


def _is_icon(img: etree._Element, src: str | None) -> bool:
    """An icon, a button, or a reporter's portrait (its alt text a byline: `윤지수 기자`)."""
    if _ICON_FILE.search(src or "") or _AD_FILE.search(src or ""):
        return True
    alt = img.get("alt")
    if alt and is_byline_line(alt.strip()):
        return True
    for attr in ("width", "height"):
        value = (img.get(attr) or "").rstrip("px")
        if value.isdigit() and int(value) < 40:
            return True
    return False


def unique_images(images: list[Image]) -> list[Image]:
    seen: dict[str, Image] = {}
    for image in images:
        if image.url not in seen or (image.caption and not seen[image.url].caption):
            seen[image.url] = image
    return list(seen.values())


_CAPTION_LINE = re.compile(
    r"^(?:\*?\s*사진\s*설명\s*[:：]|[▲△]|\[(?:사진|그래픽|도표)\]|<(?:사진|그래픽)>|\(사진\))"
)


def caption_lines_to_images(paragraphs: list[str], images: list[Image]) -> list[str]:
    """Caption lines written into the text (`▲ ...`, `*사진설명 : ...`, `[사진] ...`, `[그래픽] ...`) leave the
    body and caption the images that have none, in order."""
    kept = []
    waiting = [image for image in images if not image.caption]
    for text in paragraphs:
        if len(text) <= 200 and _CAPTION_LINE.match(text):
            if waiting:
                waiting.pop(0).caption = text
            continue
        kept.append(text)
    return kept


def is_caption(el: etree._Element) -> bool:
    """A figcaption, a caption-named element, a `desc`/`txt` box right after an image's box, or
    the cell under a photo in a table (`<tr><td><img></td></tr><tr><td>caption</td></tr>`)."""
    if el.tag == "figcaption" or _CAPTIONISH.search(class_and_id(el)):
        return True
    if el.tag == "td":
        return _under_table_photo(el)
    if _beside_a_lone_image(el) or _after_an_image_in_line(el):
        return True
    if not _DESCRIPTIVE.search(class_and_id(el)) or len(text_of(el)) > 300:
        return False
    previous = el.getprevious()
    return previous is not None and (previous.tag == "img" or previous.find(".//img") is not None)


def _beside_a_lone_image(el: etree._Element) -> bool:
    """A short line right after an image (or a box holding just the image), the two alone in
    their box: a figure written with plain <div>s (`<div><img><div>칩의 모습. 누리실리콘 제공</div></div>`)."""
    previous = el.getprevious()
    parent = el.getparent()
    return (
        el.tag in ("div", "p", "span")
        and previous is not None
        and _just_an_image(previous)
        and parent is not None
        and parent.tag != "a"  # a thumbnail's title in a list of links is no caption
        and len(parent) == 2
        and not (parent.text or "").strip()
        and 0 < len(text_of(el)) <= _LONE_CAPTION
    )


_LONE_CAPTION = 200


def _after_an_image_in_line(el: etree._Element) -> bool:
    """`<p><img><br><em>▲ 마을이 운영하는 전기 셔틀.</em></p>`: a short inline line that closes the
    box its image opens."""
    if el.tag not in ("em", "i", "small", "span", "cite") or (el.tail or "").strip():
        return False
    previous = el.getprevious()
    if previous is not None and previous.tag == "br" and not (previous.tail or "").strip():
        previous = previous.getprevious()
    return (
        previous is not None
        and previous.tag == "img"
        and not (previous.tail or "").strip()
        and el.getnext() is None
        and 0 < len(text_of(el)) <= _LONE_CAPTION
    )


def _just_an_image(el: etree._Element) -> bool:
    """An <img>, or a box whose only content is one (`<div class="_8sLkd"><img></div>`)."""
    if el.tag == "img":
        return True
    return (
        len(el) == 1 and el[0].tag == "img" and not (el.text or "").strip() and not (el[0].tail or "").strip()
    )


def _under_table_photo(cell: etree._Element) -> bool:
    row = cell.getparent()
    above = row.getprevious() if row is not None and row.tag == "tr" else None
    return (
        above is not None
        and above.tag == "tr"
        and above.find(".//img") is not None
        and not text_of(above)
        and cell.find(".//img") is None
        and 0 < len(text_of(cell)) <= 300
    )


_DESCRIPTIVE = re.compile(r"(?:^|[\s_-])(?:ph|pic|img|photo)?desc(?:$|[\s_-])", re.I)  # `mr_phdesc`
_NOT_A_PHOTO = re.compile(
    r"pagination|logo|banner|profile|reporter|author|writer|columnist|journalist|byline|headshot|mugshot"
    r"|icon|vod|video|movie|player",
    re.I,
)


def lead_images(body: etree._Element, scope: etree._Element | None, base: str | None) -> list[Image]:
    """Photos shown above the text but outside its block (a lead photo, a gallery, a featured
    image), looked for in the body's neighbourhood (`scope`)."""
    found: list[Image] = []
    if scope is None:
        return found
    for el in scope.iter():
        if el is body:
            break
        if el.tag != "img":
            continue
        src = image_source(el)
        if not _is_lead_photo(el, src, scope):
            continue
        url = join_url(base, src) if src else None
        if url:
            found.append(Image(url=_original_image(url), caption=_nearby_caption(el)))
    return found


def _is_lead_photo(img: etree._Element, src: str | None, scope: etree._Element) -> bool:
    """Not an icon, not a link to another page, not in a list (thumbnail strips) unless its item
    captions it (a slider's slide), not in a player, a reporter card or a banner."""
    if _is_icon(img, src) or _links_elsewhere(img, scope):
        return False
    child = img
    for ancestor in img.iterancestors():
        if ancestor is scope:
            return True
        if ancestor.tag in ("ul", "ol") and _captioned(child, img):
            child = ancestor
            continue
        if ancestor.tag in _NOT_A_PHOTO_TAGS or _NOT_A_PHOTO.search(class_and_id(ancestor)):
            return False
        child = ancestor
    return True


def caption_text(el: etree._Element) -> str:
    """A caption's text without a slider's counter before it (`1/5 12일 …`)."""
    return _SLIDE_COUNTER.sub("", text_of(el))


_SLIDE_COUNTER = re.compile(r"^\d{1,2}\s*/\s*\d{1,2}\s+")


def _captioned(item: etree._Element, img: etree._Element) -> bool:
    """The list item holding the image also holds a caption for it."""
    return any(el is not img and _worded_caption(el) for el in item.iter())


def _worded_caption(el: etree._Element) -> bool:
    """A caption element with words in it (not an empty box, not a bare counter)."""
    return isinstance(el.tag, str) and is_caption(el) and _HAS_LETTERS.search(text_of(el)) is not None


_NOT_A_PHOTO_TAGS = frozenset(("ul", "ol", "nav", "header", "footer"))


def _nearby_caption(img: etree._Element) -> str | None:
    """A caption in the image's own box, or right after the image or one of its two boxes (a
    table photo puts it in the next row: `<tr><td><img></td></tr><tr><td class=caption>`)."""
    box: etree._Element | None = img
    for _ in range(3):
        if box is None:
            break
        for sibling in box.itersiblings():
            if sibling.tag == "img" or sibling.find(".//img") is not None:
                break
            for el in sibling.iter():
                if _worded_caption(el):
                    return caption_text(el)
        box = box.getparent()
    return _photo_table_caption(img)


def _photo_table_caption(img: etree._Element) -> str | None:
    """An old layout's photo: a small table of the picture and, in a row below, a short line of
    text with no class to name it (`<tr><td><img></td></tr><tr><td><font>…</font></td></tr>`)."""
    near = list(img.iterancestors())[:_PHOTO_TABLE_DEPTH]
    table = next((a for a in near if a.tag == "table"), None)
    if table is None or sum(1 for _ in table.iter("img")) != 1:
        return None
    text = text_of(table)
    fits = _PHOTO_CAPTION_CHARS[0] <= len(text) <= _PHOTO_CAPTION_CHARS[1]
    return text if fits and _HAS_LETTERS.search(text) else None


_PHOTO_TABLE_DEPTH = 3  # img → td → tr → table
_PHOTO_CAPTION_CHARS = (10, 200)
