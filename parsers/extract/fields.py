"""Title, times, authors, section and tags: weighing page metadata against what the page shows."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from lxml import etree

from parsers.extract import bylines, dates
from parsers.extract.boilerplate import is_ad, labelled_box
from parsers.extract.meta import PageMeta, jsonld_people, jsonld_text
from parsers.extract.page import PageIndex
from parsers.extract.profiles import Layout
from parsers.extract.text import clean, is_inside, spaced_text_of, text_of

_DATEISH = re.compile(
    r"date|day|time|info|byline|reporter|writer|regist|write|update|publish|viewinfo|art_info", re.I
)
_BYLINEISH = re.compile(
    r"byline|reporter|writer|journalist|author|name|info|profile|email|copyright|credit", re.I
)


def times_of(
    page: PageIndex,
    meta: PageMeta,
    layout: Layout | None,
    body: etree._Element | None,
    around: tuple[str, str],
) -> tuple[datetime | None, datetime | None]:
    """(published, modified). Prefer a value with a time of day; the visible line breaks ties."""
    shown_pub = shown_mod = None
    if layout is not None:
        shown_pub = _layout_time(page.root, layout, "published", layout.published_attr)
        shown_mod = _layout_time(page.root, layout, "modified", layout.modified_attr)
    line_pub, line_mod = _date_lines(page, body, around)
    machine_pub = _first_time(
        jsonld_text(meta.jsonld.get("datePublished")),
        meta.first("article:published_time", "og:article:published_time", "og:published_time",
                   "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
                   "article:published", "datepublished", "og:regdate", "dable:published_time"),
    )  # fmt: skip
    machine_mod = _first_time(
        jsonld_text(meta.jsonld.get("dateModified")),
        meta.first("article:modified_time", "og:updated_time", "og:article:modified_time",
                   "datemodified", "lastmod", "last-modified", "dable:modified_time"),
    )  # fmt: skip
    published = _best(shown_pub, machine_pub, line_pub)
    modified = _best(shown_mod, machine_mod, line_mod)
    if modified is not None and published is not None and modified < published:
        modified = None
    return published, modified


def _best(*options: datetime | None) -> datetime | None:
    """The first option, unless a later one is the same day with a finer time of day."""
    found = [o for o in options if o is not None]
    if not found:
        return None
    choice = found[0]
    for other in found[1:]:
        same_day = other.astimezone(dates.KST).date() == choice.astimezone(dates.KST).date()
        if same_day and _precision(other) > _precision(choice):
            choice = other
    return choice.astimezone(dates.KST)


def _precision(value: datetime) -> int:
    return 0 if (value.hour, value.minute, value.second) == (0, 0, 0) else 1 + (value.second != 0)


def _first_time(*texts: str | None) -> datetime | None:
    for text in texts:
        value = dates.parse_datetime(text)
        if value is not None:
            return value
    return None


def _layout_time(root: etree._Element, layout: Layout, key: str, attr: str | None) -> datetime | None:
    """A profile's date element. When it or its parent carries a label (입력, 수정 ...), the label
    decides whether it is the publish or the modify time: one selector may match both lines."""
    for el in layout.select(key, root):
        text = (el.get(attr) if attr else None) or el.get("datetime") or el.get("content") or text_of(el)
        parent = el.getparent()
        for context in (text, text_of(parent) if parent is not None else ""):
            labelled_pub, labelled_mod = dates.labelled_dates(context)
            if labelled_pub or labelled_mod:
                break
        labelled = labelled_mod if key == "modified" else labelled_pub
        if (labelled_pub or labelled_mod) and labelled is None:
            continue  # labelled as the other time
        value = dates.parse_datetime(text) or labelled
        if value is not None:
            return value
    return None


def _date_lines(
    page: PageIndex, body: etree._Element | None, around: tuple[str, str]
) -> tuple[datetime | None, datetime | None]:
    """Dates the page shows outside the body: labelled lines (입력/등록/수정 ...) first, then a
    date-classed element (`span.date`), looked for before the body, then just after it."""
    before, after = around
    published, modified = dates.labelled_dates(before)
    if published is None:
        body_at = page.position.get(body, len(page.position)) if body is not None else len(page.position)
        named = [el for el in page.named(_DATEISH) if page.position[el] < body_at]
        for el in [*(el for el in page.tagged("time") if page.in_page(el)), *named]:
            if el.tag not in _DATE_TAGS:
                continue
            text = el.get("datetime") or text_of(el)
            if len(text) < 60 and dates.has_time(text):
                published = dates.parse_datetime(text)
                break
    if published is None:
        published, later_mod = dates.labelled_dates(after[:AFTER_BODY])
        modified = modified or later_mod
    if published is None:  # an old layout's bare `[2009-03-14 오후 2:11:00]` over the body
        published = dates.last_stamp(before[-_UNLABELLED_STAMP:])
    return published, modified


_UNLABELLED_STAMP = 600  # characters before the body: the header's lines, not the menus above them


_DATE_TAGS = frozenset(("time", "span", "em", "p", "div", "li", "dd", "td"))


BEFORE_BODY = 3000  # the headline, date and byline lines sit just above the body
AFTER_BODY = 600  # a date or byline line follows the body closely; footers far below carry registration dates
HEADER_BYLINE = 300  # a writer named just above the body, in the headline's block


def text_around(body: etree._Element, above: Sequence[str] = ()) -> tuple[str, str]:
    """The page's text just before the body and just after it, in document order: walked
    outwards from the body, sibling by sibling, only as far as the lines looked for can be.
    `above`: lines the page shows just above the article though the body held them (its
    headline block, taken out)."""
    before: list[str] = list(reversed(above))
    after: list[str] = []
    size_before, size_after = sum(map(len, above)), 0
    if body.tail:
        after.append(body.tail)
        size_after += len(body.tail)
    node = body
    while node is not None and (size_before < BEFORE_BODY or size_after < AFTER_BODY):
        if size_before < BEFORE_BODY:
            for sibling in node.itersiblings(preceding=True):
                text = _spaced_text(sibling)
                before.append(text)
                size_before += len(text)
                if size_before >= BEFORE_BODY:
                    break
            parent = node.getparent()
            if parent is not None and parent.text and size_before < BEFORE_BODY:
                before.append(parent.text)
                size_before += len(parent.text)
        if size_after < AFTER_BODY:
            if node is not body and node.tail:
                after.append(node.tail)
                size_after += len(node.tail)
            for sibling in node.itersiblings():
                if size_after >= AFTER_BODY:
                    break
                text = _spaced_text(sibling)
                after.append(text)
                size_after += len(text)
        node = node.getparent()
    # cut before cleaning: one sibling (a menu, a footer) may hold far more text than is read
    return clean(" ".join(reversed(before))[-2 * BEFORE_BODY :])[-BEFORE_BODY:], clean(
        " ".join(after)[: 2 * AFTER_BODY]
    )[:AFTER_BODY]


def _spaced_text(el: etree._Element) -> str:
    """The element's text and tail, a space between text nodes: `<dt>기자명</dt><dd>정민석 기자</dd>`
    reads `기자명 정민석 기자`, as shown, not `기자명정민석`. Only a small box is read node by node
    (a header's facts); a long one (a menu, a column of links) has no byline to glue and is
    serialised at once, three times faster."""
    text = etree.tostring(el, method="text", encoding=str, with_tail=True)
    return " ".join([*_TEXT_NODES(el), el.tail or ""]) if len(text) <= _SPACED_CHARS else text


_SPACED_CHARS = 600


_TEXT_NODES = etree.XPath("descendant-or-self::text()", smart_strings=False)
_WRITER_LABEL = re.compile(r"(?:작성자|글쓴이|기고자)\s*[:：]?\s*([가-힣]{2,4})(?![가-힣])")


def authors_of(
    root: etree._Element,
    meta: PageMeta,
    layout: Layout | None,
    byline_texts: list[str],
    paragraphs: list[str],
    around: tuple[str, str],
) -> tuple[list[str], list[str]]:
    """(authors, emails) from the profile's byline, byline boxes, the body's lead and last lines,
    a `작성자` line near the body, and last the metadata."""
    texts = list(byline_texts)
    names: list[str] = []
    emails: list[str] = []
    if layout is not None:
        for el in layout.select("byline", root):
            text = spaced_text_of(el)
            _add(names, bylines.names_in(text) or _bare_names(text))
            _add(emails, bylines.emails_in(text))
    for text in texts:
        _add(names, bylines.names_in(text) or _bare_names(text))
        _add(emails, bylines.emails_in(text))
    if paragraphs:
        _add(names, bylines.names_in(paragraphs[0], lead_only=True))
        for line in paragraphs[-3:]:
            if len(line) < 80 or bylines.is_byline_line(line):
                _add(names, bylines.names_in(line))
            _add(emails, bylines.emails_in(line[-80:]))
    if not names:
        before, after = around
        for match in _WRITER_LABEL.finditer(before[-1500:] + " " + after[:AFTER_BODY]):
            if bylines.is_person_name(match.group(1)):
                _add(names, [match.group(1)])
    if not names:  # a board's writer line over the post (`박영순 기자` in the header, then the date);
        # in running text the word before may be the headline's last (`...임대 박영순 기자`): one name
        _add(names, bylines.last_byline_names(around[0][-HEADER_BYLINE:]))
    listed = jsonld_people(meta.jsonld.get("author"))
    if names and listed:  # `글 유다인·한건우 기자 | 사진 마준혁 기자`: a photographer the page does not list
        shown = [*texts, around[0][-HEADER_BYLINE:]]
        pictures = {name for text in shown for name in bylines.credited_for_pictures(text)}
        names = [name for name in names if name in listed or name not in pictures]
    if not names:
        meta_names = listed + [
            v
            for v in (meta.first("article:author", "og:article:author", "author", "dable:author", "byl"),)
            if v
        ]
        for value in meta_names:
            _add(names, bylines.names_in(value) or _bare_names(value))
    if not names:  # a small CMS's line right under the text: `남궁현 기자 | 승인 2025.10.02 14:22`
        _add(names, bylines.last_byline_names(around[1][:_FOOTER_BYLINE]))
    if not names:  # `[기고]` over the headline, then `이상철 한솔군수` in the byline's place
        _add(names, _contributor(around[0][-HEADER_BYLINE:]))
    if not names:  # a column's writer in a card under the text: `윤재희 한국해양미래연구원 선임연구위원`
        _add(names, bylines.signed_first(around[1][:_FOOTER_BYLINE]))
    if names and not emails:  # `사진·글=오민석 기자 minsuk.oh@...` over or under the body
        near = around[0][-HEADER_BYLINE:] + " " + around[1][:AFTER_BODY]
        _add(emails, _emails_beside(names, near))
        if not emails:  # `기자명 정민석 기자 입력 … 이메일 jms@…`: a header's labelled address
            _add(emails, [m.group(1) for m in _LABELLED_EMAIL.finditer(around[0][-HEADER_BYLINE:])])
    return names, emails


_FOOTER_BYLINE = 120  # characters after the body: its own line, not the footer's staff list
_LABELLED_EMAIL = re.compile(r"(?:이메일|(?i:e-?mail))\s*[:：]?\s*(" + bylines.EMAIL.pattern + ")")


def _contributor(header: str) -> list[str]:
    """The writer of a contributed piece, named with a post after its label (`[기고] … 이상철
    한솔군수`): only under such a label, as a headline may name an official too."""
    label = _CONTRIBUTED.search(header)
    if label is None:
        return []
    found = bylines.names_with_post(header, label.end())
    return [found[-1]] if found and bylines.is_person_name(found[-1]) else []


_CONTRIBUTED = re.compile(r"[\[【]\s*(?:특별\s*|독자\s*)?(?:기고|기고문|시론|시평|칼럼|발언대)\s*[\]】]")


def _emails_beside(names: list[str], text: str) -> list[str]:
    """Addresses written just after one of the authors' names (and their role)."""
    found = []
    for match in bylines.EMAIL.finditer(text):
        before = text[max(0, match.start() - _NAME_TO_EMAIL) : match.start()]
        if any(name in before for name in names):
            found.append(match.group(0))
    return found


_NAME_TO_EMAIL = 50  # `남궁현 기자 | 승인 2025.10.02 14:22 | 댓글 0 ngh@…`


def _bare_names(text: str) -> list[str]:
    """`홍길동` or `홍길동, 김철수`: a text that is nothing but person names."""
    words = [w for w in re.split(r"\s*[,·/]\s*|\s+", bylines.EMAIL.sub("", text).strip()) if w]
    # without a role word beside them, two-syllable words are too often common nouns
    plausible = all(len(w) >= 3 and bylines.is_person_name(w) for w in words)
    return words if words and plausible else []


def _add(target: list[str], items: list[str]) -> None:
    for item in items:
        if item not in target:
            target.append(item)


def byline_boxes(body: etree._Element, near: etree._Element | None, page: PageIndex) -> list[str]:
    """Texts of byline-looking boxes in the body and right around it (a reporter box under the
    article), read before boilerplate removal drops them. The search widens from the body to its
    parent and grandparent only while they hold little besides the body."""
    named = [el for el in page.named(_BYLINEISH) if el.tag in _BYLINE_TAGS]
    scope = body if near is None else near
    labelled: dict[etree._Element, bool] = {}  # boxes asked about once, however many names they hold
    found = [
        _box_text(el) for el in named if is_inside(el, scope) and not _in_foreign_box(el, scope, labelled)
    ]
    return [text for text in dict.fromkeys(found) if text]


def _in_foreign_box(el: etree._Element, scope: etree._Element, labelled: dict[etree._Element, bool]) -> bool:
    """Inside a box of other articles or the next story (`이어지는 기사`): its byline is theirs;
    inside an ad (`div.adsense > div.revenue_unit_info` reading 반응형): no byline at all."""
    for ancestor in el.iterancestors():
        if ancestor is scope:
            return False
        if ancestor not in labelled:
            labelled[ancestor] = labelled_box(ancestor) or is_ad(ancestor)
        if labelled[ancestor]:
            return True
    return False


_BYLINE_TAGS = frozenset(("div", "p", "span", "em", "strong", "dl", "ul", "li", "address", "h2", "h3", "td"))


def _box_text(el: etree._Element) -> str:
    if len(etree.tostring(el, method="text", encoding=str, with_tail=False)) > 400:
        return ""  # a box that big is not a byline (and not worth cleaning)
    text = spaced_text_of(el)
    return text if len(text) < 200 else ""


def tags_of(root: etree._Element, meta: PageMeta, layout: Layout | None) -> list[str]:
    tags: list[str] = []
    if layout is not None:
        _add(tags, [text_of(el).lstrip("#") for el in layout.select("tags", root) if text_of(el)])
    if not tags:
        raw = meta.jsonld.get("keywords") or meta.first("news_keywords", "keywords", "article:tag")
        parts = raw if isinstance(raw, list) else re.split(r"[,;]", raw or "")
        _add(tags, [clean(str(p)).lstrip("#") for p in parts if clean(str(p))])
    return tags[:30]
