"""The subheads (lead bullets, a deck) above the body: a profile's, or blocks that look like
subheads and lead the body (named like one, lower headings after the headline, `- 부제` lines)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from lxml import etree

from parsers.extract.boilerplate import hidden, link_heavy
from parsers.extract.bylines import is_byline_line
from parsers.extract.headline import HEADINGS, TITLE_TAGS, TITLEISH, big_type, heading_text, squeeze
from parsers.extract.page import PageIndex
from parsers.extract.profiles import Layout
from parsers.extract.text import SENTENCE_STOP, is_inside, paragraphs_of, text_of

_SUBTITLEISH = re.compile(
    r"sub[-_]?(?:ti|tt|headline|head|line|subject)|titlesub|summary|summ|key[-_]?points?|highlights|recap|standfirst"
    r"|(?:^|[-_\s])(?:subs?|lead|lede|deck|dek|point|stit)(?:[-_\s]|$)|bujemok",  # 부제목, romanised
    re.I,
)
_LABEL_LINE = re.compile(
    r"^(?:기사\s*(?:내용\s*)?)?(?:(?:[가-힣A-Za-z0-9]{1,4}\s*)?요약|한눈에\s*보기|주요\s*내용)$"
)
_SENTENCE_END = re.compile(r"(?:다|요|죠)\.?$|[.!?]$")


def subtitle_elements(
    page: PageIndex, layout: Layout | None, body: etree._Element | None = None, title: str = ""
) -> tuple[list[etree._Element], bool]:
    """Elements holding the lead bullets/subheads, and whether they are guessed: the profile's,
    else (no profile, or its selectors find none on this page) subtitle-looking blocks, named
    like one or a heading/bold block of several <br>-separated lines."""
    if layout is not None:
        chosen = layout.select("subtitles", page.root)
        if chosen or layout.selectors.get("subtitles") == ():  # `subtitles = []`: the site has none
            return chosen, False
    guessed = _guessed_subtitles(page, title)
    lead = _bold_lead(body) if body is not None else None
    return [*guessed, lead] if lead is not None and lead not in guessed else guessed, True


def _bold_lead(body: etree._Element) -> etree._Element | None:
    """A bold line that opens the body and reads as a subhead, not as the first sentence
    (`<strong>연구팀, 리튬 회수율 95% 달성…에너지 70% 줄여</strong><br><br><p>...`)."""
    if (body.text or "").strip():
        return None
    first = next((el for el in body if isinstance(el.tag, str)), None)
    if first is None or first.tag not in ("strong", "b"):
        return None
    text = text_of(first)
    if not _MIN_SUBHEAD <= len(text) <= 120 or _SENTENCE_END.search(text):
        return None
    return first


def _guessed_subtitles(page: PageIndex, title: str) -> list[etree._Element]:
    """Blocks named like subheads; headings broken into lines by <br>; plain headings of a lower
    rank right after the headline (`<h1>제목</h1><h2>부제</h2><h2>부제</h2>`, or `<h2>제목</h2>
    <h3>부제</h3>` under a logo's h1, `<h3>제목</h3><h4>부제</h4>`); a list under a summary label (`<h3>요약</h3><ul>…`,
    `<section aria-label="요약">`), whatever the box is named. One walk finds the last three."""
    found = [el for el in page.named(_SUBTITLEISH) if el.tag in _SUBTITLE_TAGS]
    for el in page.tagged("br", "h1", "h2", "h3", "ul", "ol"):
        if el.tag == "br":
            parent = el.getparent()
            if parent is not None and parent.tag in _HEADING_TAGS:
                found.append(parent)
        elif el.tag == "h1":
            found += _following_while(
                el,
                lambda sibling: (
                    sibling.tag in ("h2", "h3") or _dek(sibling) or _box_of_subheads(sibling, title)
                ),
            )
        elif el.tag in ("h2", "h3"):
            if title and heading_text(el) == title:  # the lower headings right after it
                lower = _LOWER_HEADINGS[el.tag]
                found += _following_while(el, lambda sibling, lower=lower: sibling.tag in lower)
        elif _under_summary_label(el):
            found.append(el)
    if title:
        found += _dash_lines_after(title, page)
    return list(dict.fromkeys(found))


def _dash_lines_after(title: str, page: PageIndex) -> list[etree._Element]:
    """`- 부제` lines right under the headline (an old table layout's
    `<td class="sj_headline"><font size="5"><b>제목</b></font></td>`, then `<tr><td>- 부제</td></tr>`):
    the first block with text after the headline's, and those after it while they are dash lines
    too. The headline is looked for where layouts put it: a heading, a title-named box, big type."""
    # a list's titles are links, and no headline is one
    named = [
        el for el in page.named(TITLEISH) if el.tag in TITLE_TAGS and len(el) <= 3 and el.find(".//a") is None
    ]
    headline = next((el for el in [*page.tagged(*HEADINGS), *named] if text_of(el) == title), None)
    if headline is None:
        headline = next((el for el in page.tagged("font") if big_type(el) and text_of(el) == title), None)
    node = headline
    if node is not None:
        for _ in range(_DASH_LINE_LEVELS):
            following = [
                sibling
                for sibling in node.itersiblings()
                if isinstance(sibling.tag, str) and text_of(sibling)
            ]
            if following:
                return list(itertools.takewhile(_dash_line, following))
            node = node.getparent()
            if node is None:
                break
    return []


def _dash_line(el: etree._Element) -> bool:
    text = text_of(el)
    return _MIN_SUBHEAD <= len(text) <= _DEK_CHARS and _DASH_BULLET.match(text) is not None


_DASH_LINE_LEVELS = 3  # the headline's cell, its row, and the rows after it


def _box_of_subheads(el: etree._Element, title: str) -> bool:
    """A box holding nothing but lower-rank headings (`<div><h2>부제</h2><h2>부제</h2></div>`),
    the headline not among them (under a logo's h1, `<div><h2>제목</h2><h3>부제</h3></div>`)."""
    return (
        el.tag == "div"
        and len(el) > 0
        and not (el.text or "").strip()
        and all(
            child.tag in ("h2", "h3") and not (child.tail or "").strip() and heading_text(child) != title
            for child in el
        )
    )


def _dek(el: etree._Element) -> bool:
    """A short line of type under the headline that is no sentence, byline or date line."""
    if el.tag != "p":
        return False
    text = text_of(el)
    return (
        _MIN_SUBHEAD <= len(text) <= _DEK_CHARS
        and not _SENTENCE_END.search(text)
        and not is_byline_line(text)
        and not _DATE_LIKE.search(text)
    )


_DEK_CHARS = 120
_DATE_LIKE = re.compile(r"\d{4}\s*[.\-/년]\s*\d{1,2}")


def _under_summary_label(listing: etree._Element) -> bool:
    label = listing.getprevious()
    if label is not None and isinstance(label.tag, str) and _LABEL_LINE.match(text_of(label)):
        return True
    box = listing.getparent()
    return box is not None and _LABEL_LINE.match(box.get("aria-label") or "") is not None


def _following_while(el: etree._Element, keep: Callable[[etree._Element], bool]) -> list[etree._Element]:
    found = []
    for sibling in el.itersiblings():
        if not keep(sibling):
            break
        found.append(sibling)
    return found


_LABEL_CHARS = 20
_LOWER_HEADINGS = {"h2": ("h3", "h4"), "h3": ("h4", "h5")}
_MIN_SUBHEAD = 8
_DASH_BULLET = re.compile(r"^[-–—]\s+")  # `- 부제`: a dash and a space (not `-3% 급락`)
_SUBHEADS_CHARS = 1000  # raw text, spaces and all: a few lines of at most 120 characters
_SUBTITLE_TAGS = frozenset(("h2", "h3", "h4", "h5", "strong", "b", "div", "p", "ul", "td", "blockquote"))
_HEADING_TAGS = frozenset(("h2", "h3", "h4", "h5", "strong", "b"))


def split_subtitles(
    paragraphs: list[str],
    elements: list[etree._Element],
    title: str,
    *,
    generic: bool,
    body: etree._Element | None = None,
    captions: frozenset[str] = frozenset(),
    shown_above: Sequence[str] = (),
) -> tuple[list[str], list[str]]:
    """(subtitles, body paragraphs): subtitle lines leave the body when they lead it. A photo's
    caption is no subtitle, though its box be named `lead` (`art__lead-cap`). `shown_above`: the
    lines of the headline's block the body held, where a guessed subhead may stand too."""
    subtitles: list[str] = []
    for el in elements:
        if len(etree.tostring(el, method="text", encoding=str, with_tail=False)) > _SUBHEADS_CHARS:
            continue  # a box that holds far more than a few subheads (a `sub-content` column)
        if link_heavy(el) or (generic and hidden(el)):  # a category trail; Daum's hidden auto-summary
            continue
        shown = paragraphs_of(el)
        lines = [line for line in shown if not _LABEL_LINE.match(line) and line not in captions]
        if not lines:  # only the label of a summary box (`상황 요약`): out of the body where it leads
            start = _find_run(paragraphs[: len(shown) + 1], shown)
            if start is not None:
                del paragraphs[start : start + len(shown)]
            continue
        if any(len(line) > 120 for line in lines):
            continue
        if (
            generic
            and any(len(SENTENCE_STOP.findall(line)) >= 2 for line in lines)
            and set(lines) <= set(paragraphs)
        ):
            continue  # a `lead` block of full sentences (`...개막했다. ...이어진다.`) opens the body
        if generic and all(len(line) < _MIN_SUBHEAD for line in lines):
            continue  # `<p class="subTitle">사회</p>`: a section's label, not a subhead
        # a profile names its subheads; guessed ones must lead the body (after a repeated title)
        start = _find_run(paragraphs[: len(lines) + (3 if not generic else 1)], lines)
        if start is not None and generic and len(paragraphs) == len(lines):
            continue  # guessed subheads that would leave no body are the body
        if start is not None:
            del paragraphs[start : start + len(lines)]
        elif generic and not (body is not None and _leads(el, body)) and not set(lines) <= set(shown_above):
            continue
        subtitles += [_strip_bullet(line) for line in lines if _strip_bullet(line) not in subtitles]
    repeated = next(
        (k for k, line in enumerate(paragraphs[:2]) if squeeze(line) == squeeze(title)), None
    )  # `오늘의 이슈`, then the title again: a newsletter's label over its headline
    if (
        repeated is not None
        and len(paragraphs) > repeated + 1
        and all(
            len(line) <= _LABEL_CHARS and not _SENTENCE_END.search(line) for line in paragraphs[:repeated]
        )
    ):
        # boards that repeat the title atop the body put their subheads right after it
        del paragraphs[: repeated + 1]
        found_by_markup = bool(subtitles)
        while (
            not found_by_markup
            and len(paragraphs) > 1
            and len(paragraphs[0]) <= 80
            and not _SENTENCE_END.search(paragraphs[0])
            and not paragraphs[0].startswith(("<", "[", "(", "‹", "〈"))
        ):
            subtitles.append(_strip_bullet(paragraphs.pop(0)))
    return subtitles, paragraphs


def _leads(el: etree._Element, body: etree._Element) -> bool:
    """A subtitle block outside the body stands just before it: same container, a few levels up."""
    ancestors = [body, *list(body.iterancestors())[:3]]
    if not any(is_inside(el, a) for a in ancestors[1:]):
        return False
    following = {id(x) for x in el.itersiblings()} | {
        id(x) for a in el.iterancestors() for x in a.itersiblings()
    }
    return any(id(a) in following for a in ancestors)


def _find_run(paragraphs: list[str], lines: list[str]) -> int | None:
    for start in range(len(paragraphs) - len(lines) + 1):
        if paragraphs[start : start + len(lines)] == lines:
            return start
    return None


def _strip_bullet(line: str) -> str:
    stripped = _DASH_BULLET.sub("", line.lstrip("•·▶▷■□◆◇○●※* ")).strip()
    return stripped if len(stripped) > 3 else line
