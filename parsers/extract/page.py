"""An index of a page's named elements, built in one pass.

Every CSS selector lxml runs is a full-tree XPath scan, and a profile runs a dozen of them per page.
Most selectors in profiles are simple (`#dic_area`, `div.article_body`, `.view_info li.date`):
answered from an index of elements by class and id, they cost a dictionary lookup. The same index
serves name-based guesses (a class or id that says byline, breadcrumb, date ...).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

_COMPOUND = re.compile(
    r"^(?P<tag>[a-zA-Z][\w-]*|\*)?(?P<names>(?:[#.]-?[_a-zA-Z][\w-]*)*)"
    r"(?::(?P<pseudo>first-child|last-child|nth-child|nth-of-type)(?:\((?P<nth>\d+)\))?)?$"
)
_NAME = re.compile(r"([#.])(-?[_a-zA-Z][\w-]*)")


class PageIndex:
    """Elements with a class or id, by class token and by id, in document order."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        by_class: dict[str, list[etree._Element]] = {}
        by_id: dict[str, list[etree._Element]] = {}
        named: list[etree._Element] = []
        custom: list[etree._Element] = []
        watched: list[etree._Element] = []
        for el in root.iter(etree.Element):  # elements only; a plain walk beats an XPath filter here
            tag = el.tag
            if tag in _WATCHED:
                watched.append(el)
            elif "-" in tag:
                custom.append(el)
            classes = el.get("class")
            ident = el.get("id")
            if classes is None and ident is None:
                continue
            named.append(el)
            if classes:
                for token in classes.split():
                    found = by_class.get(token)
                    if found is None:
                        by_class[token] = [el]
                    else:
                        found.append(el)
            if ident:
                ident = ident.strip()
                found = by_id.get(ident)
                if found is None:
                    by_id[ident] = [el]
                else:
                    found.append(el)
        self.custom = custom  # custom elements (`<article-paragraph>`), in document order
        self._watched = watched
        self.by_class = by_class
        self.by_id = by_id
        self.position = {el: number for number, el in enumerate(named)}  # document order
        self.tokens = frozenset(["." + c for c in by_class] + ["#" + i for i in by_id])
        self._named: dict[re.Pattern[str], list[etree._Element]] = {}
        self.head = root.find("head")  # where <meta> markers are looked for

    def tagged(self, *tags: str) -> list[etree._Element]:
        """Elements with one of these tags (of `_WATCHED`), in document order, as the page stood
        when indexed: each walk of the whole tree costs as much as a page's reading of them all."""
        return [el for el in self._watched if el.tag in tags]

    def in_page(self, el: etree._Element) -> bool:
        """Whether the element is still in the page (the body's cleaning takes boxes out)."""
        node = el
        while node is not None and node is not self.root:
            node = node.getparent()
        return node is self.root

    def named(self, pattern: re.Pattern[str]) -> list[etree._Element]:
        """Elements whose class token or id matches `pattern`, in document order."""
        if pattern in self._named:
            return self._named[pattern]
        found: dict[etree._Element, None] = {}
        answers = _matcher(pattern)
        for names in (self.by_class, self.by_id):
            for name, elements in names.items():
                matches = answers.get(name)
                if matches is None:
                    matches = answers[name] = pattern.search(name) is not None
                if matches:
                    found.update(dict.fromkeys(elements))
        self._named[pattern] = sorted(found, key=self.position.__getitem__)
        return self._named[pattern]


# the tags the readers of a page look for across the whole tree (headings, line breaks, lists, big
# type, dates): gathered in the index's one walk
_WATCHED = frozenset(("h1", "h2", "h3", "h4", "br", "ul", "ol", "font", "time"))

_MATCHED: dict[re.Pattern[str], dict[str, bool]] = {}


def _matcher(pattern: re.Pattern[str]) -> dict[str, bool]:
    """Answers about class names, kept across pages: a site's pages share their class names, so a
    crawl asks the same questions again and again. Bounded: cleared when it grows large.
    (A Pattern's hash is recomputed from its source at every call, so it is looked up once.)"""
    answers = _MATCHED.get(pattern)
    if answers is None or len(answers) > 50_000:
        answers = _MATCHED[pattern] = {}
    return answers


class Compound:
    """One simple selector: `tag#id.class1.class2:first-child` (every part optional)."""

    def __init__(self, text: str) -> None:
        match = _COMPOUND.match(text)
        if match is None:
            raise ValueError(f"not a simple selector: {text!r}")
        self.tag = None if match["tag"] in (None, "*") else match["tag"].lower()
        names = _NAME.findall(match["names"])
        self.ids = [name for kind, name in names if kind == "#"]
        self.classes = [name for kind, name in names if kind == "."]
        self.pseudo = match["pseudo"]
        self.nth = int(match["nth"]) if match["nth"] else None
        if not text or (self.pseudo in ("nth-child", "nth-of-type")) != (self.nth is not None):
            raise ValueError(f"not a simple selector: {text!r}")

    @property
    def named(self) -> bool:
        return bool(self.ids or self.classes)

    def matches(self, el: etree._Element) -> bool:
        if self.tag is not None and el.tag != self.tag:
            return False
        if any(el.get("id") != ident for ident in self.ids):
            return False
        if self.classes:
            own = (el.get("class") or "").split()
            if not all(name in own for name in self.classes):
                return False
        return self.pseudo is None or self._position_matches(el)

    def _position_matches(self, el: etree._Element) -> bool:
        """Counting element siblings only, as CSS does (comments and processing instructions aside)."""
        if self.pseudo == "last-child":
            return not any(isinstance(s.tag, str) for s in el.itersiblings())
        before = [s for s in el.itersiblings(preceding=True) if isinstance(s.tag, str)]
        if self.pseudo == "first-child":
            return not before
        if self.pseudo == "nth-child":
            return 1 + len(before) == self.nth
        return 1 + sum(1 for sibling in before if sibling.tag == el.tag) == self.nth  # nth-of-type

    def candidates(self, index: PageIndex) -> Iterable[etree._Element]:
        if self.ids:
            return index.by_id.get(self.ids[0], ())
        return index.by_class.get(self.classes[0], ())


class IndexedSelector:
    """Compound selectors joined by descendant or child combinators (`.a div.b > li:first-child`),
    matched right to left as browsers do. Elements are found from the index through the last part
    that names a class or id, or by tag within those, or by tag alone."""

    def __init__(self, css: str) -> None:
        tokens = _COMBINATORS.split(css.strip())
        self.parts = [Compound(tokens[0])]
        self.combinators = [" "]
        for combinator, part in zip(tokens[1::2], tokens[2::2], strict=True):
            self.combinators.append(">" if ">" in combinator else " ")
            self.parts.append(Compound(part))
        self.anchor = max((i for i, part in enumerate(self.parts) if part.named), default=None)

    def __call__(self, scope: etree._Element, index: PageIndex) -> list[etree._Element]:
        last = len(self.parts) - 1
        if self.anchor == last:
            pool: Iterable[etree._Element] = self.parts[last].candidates(index)
        elif self.anchor is None:
            pool = scope.iter(self.parts[last].tag or "*")
        else:
            anchors = [
                a for a in self.parts[self.anchor].candidates(index) if self._chain(a, self.anchor, scope)
            ]
            if any(
                _inside(a.getparent(), b)
                for a in anchors
                for b in anchors
                if a is not b and a.getparent() is not None
            ):
                pool = scope.iter(self.parts[last].tag or "*")  # nested anchors: keep document order
            else:
                pool = (el for a in anchors for el in a.iter(self.parts[last].tag or "*") if el is not a)
        found = {}
        for el in pool:
            if (
                el not in found
                and self.parts[last].matches(el)
                and _inside(el, scope)
                and self._chain(el, last, scope)
            ):
                found[el] = None
        return list(found)

    def _chain(self, el: etree._Element, i: int, scope: etree._Element) -> bool:
        """`el` matches part i; do the parts before it match its ancestors, below or at the scope?"""
        if i == 0:
            return True
        if el is scope:
            return False
        child = self.combinators[i] == ">"
        node = el.getparent()
        while node is not None:
            if self.parts[i - 1].matches(node) and self._chain(node, i - 1, scope):
                return True
            if child or node is scope:
                return False
            node = node.getparent()
        return False


_COMBINATORS = re.compile(r"(\s*>\s*|\s+)")


def indexed_selector(css: str) -> IndexedSelector | None:
    """The index-based matcher for `css`, or None when it needs the general engine (attribute
    tests, sibling combinators, alternatives, other pseudo-classes)."""
    if any(ch in css for ch in ",+~[") or not css.strip():
        return None
    try:
        return IndexedSelector(css)
    except ValueError:
        return None


def _inside(el: etree._Element | None, scope: etree._Element) -> bool:
    node = el
    while node is not None:
        if node is scope:
            return True
        node = node.getparent()
    return False
