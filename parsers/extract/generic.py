"""Finding the article body on a page no profile knows, by text and link density.

One pass over the tree attributes every text node to its nearest block element, noting whether
it sits inside a link. A block's own text scores by its length, its commas and its Korean sentence
endings (`했다.`, `밝혔다.`: news prose ends sentences in 다); the score goes to the block and its
container, as in Readability, and the best container, discounted by its link density, is the body.
Menus, "많이 본 뉴스" and related-article lists are mostly links and score near zero.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from parsers.extract.boilerplate import is_boilerplate_line, marked_as_boilerplate, remove_keep_tail
from parsers.extract.images import is_caption
from parsers.extract.text import BLOCK_TAGS, HANGUL, clean, paragraphs_of

# blocks whose text is one paragraph: their score goes to the container above them
_LEAF_BLOCKS = frozenset(
    ["p", "td", "th", "li", "dd", "dt", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "address"]
)  # fmt: skip
_SENTENCE_END = re.compile(r"(?:다|요|죠|까)[.?!]|[.?!](?=[\"'”’]?\s)")
_MIN_TEXT = 25


_TEXT_NODES = etree.XPath("//text()[normalize-space()]")


@dataclass
class _Stats:
    own: int = 0  # characters of text directly in this block (not in nested blocks)
    own_links: int = 0
    total: int = 0  # characters in the whole subtree
    total_links: int = 0
    sentences: int = 0
    commas: int = 0


def find_body(root: etree._Element) -> etree._Element | None:
    """The element most likely to hold the article text, or None when no block reads like prose."""
    context: dict[etree._Element, tuple[etree._Element, bool]] = {}
    stats: dict[etree._Element, _Stats] = {}
    for text in _TEXT_NODES(root):
        el = text.getparent()
        if text.is_tail and el is not None:
            el = el.getparent()
        if el is None:
            continue
        block, linked = context.get(el) or _resolve(el, context)
        st = stats.get(block)
        if st is None:
            st = stats[block] = _Stats()
        _count(st, text, linked)

    for block, st in list(stats.items()):
        if is_caption(block):  # a photo's caption tells of the photo: no prose of the article
            stats[block] = st = _Stats()
        parent = block.getparent()
        while parent is not None:
            up, _ = context.get(parent) or _resolve(parent, context)
            up_stats = stats.get(up)
            if up_stats is None:
                up_stats = stats[up] = _Stats()
            up_stats.total += st.own
            up_stats.total_links += st.own_links
            parent = up.getparent()
        st.total += st.own
        st.total_links += st.own_links

    scores: dict[etree._Element, float] = {}
    direct: dict[etree._Element, list[tuple[etree._Element, float]]] = {}  # a container's own paragraphs
    for el, st in stats.items():
        prose = st.own - st.own_links
        if prose < _MIN_TEXT:
            continue
        score = (1 + st.commas + min(prose / 100, 3) + 2 * st.sentences) * (1 - st.own_links / st.own)
        container = el.getparent() if el.tag in _LEAF_BLOCKS else el
        if container is not None:
            direct.setdefault(container, []).append((el, score))
        for share, target in (
            (1.0, container),
            (0.5, container.getparent() if container is not None else None),
        ):
            if target is not None and target in stats:
                scores[target] = scores.get(target, 0.0) + share * score
    if not scores:
        return None

    def final(el: etree._Element) -> float:
        if el not in scores:
            return 0.0
        st = stats[el]
        density = st.total_links / st.total if st.total else 1.0
        return scores[el] * (1 - density) * _name_weight(el)

    best = max(scores, key=final)
    if final(best) <= 0:
        return None
    return _with_sibling_prose(_stream_of_entries(best, stats), stats, direct, final)


def _name_weight(el: etree._Element) -> float:
    """A block named as the page's footer (`<footer>`, `#cn4_footer`, `.copyright`) counts for
    little: its company lines (address, registration, publisher) outscored a card-news story of
    one paragraph under its pictures. (A bonus for blocks named as the body would misfire: a site
    calls its text `#NewsAdContent` inside `.article_body`, and the ad-named text is then cut.)"""
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    return 0.3 if el.tag == "footer" or _FOOTERISH.search(names) else 1.0


_FOOTERISH = re.compile(r"footer|copyright|(?:^|[-_\s])(?:foot|company|corp)(?:$|[-_\s])", re.I)


def _stream_of_entries(best: etree._Element, stats: dict[etree._Element, _Stats]) -> etree._Element:
    """A live page's updates: when the best block is one of several sibling entries of one kind
    (`article.entry` eight times), each with prose and none with a headline of its own (the next
    story of an endless feed has one), the body is their container."""
    for item in (best, best.getparent()):
        parent = item.getparent() if item is not None else None
        if parent is None or parent not in stats:  # (a container of no block tag was never scored)
            continue
        entries = [s for s in parent if s.tag == item.tag and s.get("class") == item.get("class")]
        if len(entries) >= _MIN_ENTRIES and all(
            s in stats
            and stats[s].total - stats[s].total_links >= _MIN_TEXT
            and next(s.iter("h1", "h2", "h3"), None) is None
            for s in entries
        ):
            return parent
    return best


_MIN_ENTRIES = 3


def _with_sibling_prose(
    best: etree._Element,
    stats: dict[etree._Element, _Stats],
    direct: dict[etree._Element, list[tuple[etree._Element, float]]],
    final: Callable[[etree._Element], float],
) -> etree._Element:
    """The best block's parent instead, when the parent holds prose of its own beside it (a live
    page's lead paragraphs above its timeline of updates) and little else, or a sibling block of
    prose nearly as good (the second column of a two-column article): as Readability joins the
    top candidate's prose siblings. A copyright or comment-rules line is no such prose, nor an
    <aside> or a box that opens with its own heading (`기자의 눈`)."""
    for _ in range(_MAX_PROMOTIONS):
        parent = best.getparent()
        if parent is None or parent not in stats:
            break
        mine, theirs = stats[best], stats[parent]
        sibling_prose = sum(  # the parent's own paragraphs, beside the best block
            score
            for el, score in direct.get(parent, ())
            if not is_boilerplate_line(
                clean(etree.tostring(el, method="text", encoding=str, with_tail=False))
            )
        )
        columns = [
            sibling
            for sibling in parent
            if sibling is not best
            and sibling.tag in _COLUMN_TAGS
            and sibling in stats
            and final(sibling) > 0
            and not _opens_with_heading(sibling)
            and not marked_as_boilerplate(sibling)
        ]
        # blocks of prose beside it as good as half of it, its own paragraphs counted in (an
        # interview's lead paragraphs and closing line around its questions and answers)
        beside = sibling_prose + sum(final(c) for c in columns)
        if (
            columns
            and beside >= _COLUMN_SHARE * final(best)
            and theirs.total <= mine.total + sum(stats[c].total for c in columns) + _COLUMN_SLACK
        ):
            best = parent
            continue
        density = theirs.total_links / theirs.total if theirs.total else 1.0
        if sibling_prose < _SIBLING_PROSE or density > _PARENT_LINKS or theirs.total > 2 * mine.total:
            break
        best = parent
    return best


_MAX_PROMOTIONS = 2
_COLUMN_TAGS = frozenset(("div", "section", "tr"))  # tr: an old table layout's text rows
_COLUMN_SHARE = 0.5  # a sibling block scoring half the best block's is more of the article
_COLUMN_SLACK = 400  # characters of the parent beside its columns (a label, a button row)


def _opens_with_heading(block: etree._Element) -> bool:
    first = next((el for el in block.iter() if el is not block and isinstance(el.tag, str)), None)
    return first is not None and first.tag in ("h1", "h2", "h3", "h4", "h5", "strong", "b")


_SIBLING_PROSE = 6.0  # about two news paragraphs of their own
_PARENT_LINKS = 0.2


def _resolve(
    el: etree._Element, context: dict[etree._Element, tuple[etree._Element, bool]]
) -> tuple[etree._Element, bool]:
    """(nearest block element at or above el, whether el is inside a link), memoised up the chain."""
    chain = []
    node = el
    while node is not None and node not in context:
        chain.append(node)
        node = node.getparent()
    above = context[node] if node is not None else None
    for node in reversed(chain):
        tag = node.tag if isinstance(node.tag, str) else ""
        if above is None:
            above = (node, tag == "a")
        else:
            above = (node if tag in BLOCK_TAGS else above[0], above[1] or tag == "a")
        context[node] = above
    return context[el]


def _count(st: _Stats, text: str, linked: bool) -> None:
    size = len(text.strip())
    if not size:
        return
    st.own += size
    if linked:
        st.own_links += size
        return
    if HANGUL.search(text):
        st.sentences += len(_SENTENCE_END.findall(text))
    st.commas += text.count(",")


def drop_headline_block(body: etree._Element) -> list[str]:
    """A body found around the headline (a live page's header above its summary and timeline)
    holds the headline's block too: the headline, the byline and date lines, the tools. That block
    goes, unless it holds prose of its own. Returns the lines it held: the page shows them above
    the article, where bylines and dates are looked for."""
    lines: list[str] = []
    for h1 in list(body.iter("h1")):
        block = h1
        while block.getparent() is not None and block.getparent() is not body:
            block = block.getparent()
        if block.getparent() is None:
            continue  # removed already, with an earlier h1
        # a flat header (the headline, then its dek and byline lines, right in the body) runs
        # from the headline to the first block of prose or picture
        blocks = [block, *_header_lines_after(block)] if block is h1 else [block]
        text = "".join(etree.tostring(b, method="text", encoding=str, with_tail=False) for b in blocks)
        if len(text) <= _HEADLINE_BLOCK and len(_SENTENCE_END.findall(text)) < 2:
            for b in blocks:
                lines += paragraphs_of(b)
                remove_keep_tail(b)
    return lines


def _header_lines_after(h1: etree._Element) -> list[etree._Element]:
    """The short lines after a headline that stands right in the body: up to the first sentence,
    long block or picture."""
    found = []
    for sibling in h1.itersiblings():
        text = etree.tostring(sibling, method="text", encoding=str, with_tail=False)
        if (
            _SENTENCE_END.search(text)
            or len(text) > _HEADER_LINE
            or next(sibling.iter("img"), None) is not None
        ):
            break
        found.append(sibling)
    return found


_HEADER_LINE = 200  # characters: a dek, a byline and date line, a row of buttons


_HEADLINE_BLOCK = 600  # characters: a headline with its byline, dates and buttons, no more
