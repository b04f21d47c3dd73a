"""An index of a page's named elements, built in one pass.

Every CSS selector lxml runs is a full-tree XPath scan, and a profile runs a dozen of them per page.
Most selectors in profiles are simple (`#dic_area`, `div.article_body`, `.view_info li.date`):
answered from an index of elements by class and id, they cost a dictionary lookup. The same index
serves name-based guesses (a class or id that says byline, breadcrumb, date ...).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from lxml import etree

_COMPOUND = re.compile(r"^(?P<tag>[a-zA-Z][\w-]*|\*)?(?P<names>(?:[#.]-?[_a-zA-Z][\w-]*)*)$")
_NAME = re.compile(r"([#.])(-?[_a-zA-Z][\w-]*)")


class PageIndex:
    """Elements with a class or id, by class token and by id, in document order."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        by_class: defaultdict[str, list[etree._Element]] = defaultdict(list)
        by_id: defaultdict[str, list[etree._Element]] = defaultdict(list)
        position: dict[etree._Element, int] = {}
        for number, el in enumerate(root.iter()):  # a plain walk beats an XPath filter here
            classes = el.get("class")
            ident = el.get("id")
            if classes:
                position[el] = number
                for token in classes.split():
                    by_class[token].append(el)
            if ident:
                position[el] = number
                by_id[ident.strip()].append(el)
        self.by_class = dict(by_class)
        self.by_id = dict(by_id)
        self.position = position
        self.tokens = frozenset(["." + c for c in by_class] + ["#" + i for i in by_id])
        self._named: dict[re.Pattern[str], list[etree._Element]] = {}

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
    """One simple selector: `tag#id.class1.class2` (every part optional, at least one name)."""

    def __init__(self, text: str) -> None:
        match = _COMPOUND.match(text)
        if match is None:
            raise ValueError(f"not a simple selector: {text!r}")
        self.tag = None if match["tag"] in (None, "*") else match["tag"].lower()
        names = _NAME.findall(match["names"])
        self.ids = [name for kind, name in names if kind == "#"]
        self.classes = [name for kind, name in names if kind == "."]

    def matches(self, el: etree._Element) -> bool:
        if self.tag is not None and el.tag != self.tag:
            return False
        if any(el.get("id") != ident for ident in self.ids):
            return False
        if self.classes:
            own = (el.get("class") or "").split()
            return all(name in own for name in self.classes)
        return True

    def candidates(self, index: PageIndex) -> Iterable[etree._Element]:
        if self.ids:
            return index.by_id.get(self.ids[0], ())
        return index.by_class.get(self.classes[0], ())


class IndexedSelector:
    """A chain of simple selectors joined by descendant combinators (`.a div.b #c`), whose last
    part names a class or id: matched right to left from the index, as browsers do."""

    def __init__(self, css: str) -> None:
        self.parts = [Compound(part) for part in css.split()]
        last = self.parts[-1]
        if not (last.ids or last.classes):
            raise ValueError(f"the last part of {css!r} names no class or id")

    def __call__(self, scope: etree._Element, index: PageIndex) -> list[etree._Element]:
        *ancestors, last = self.parts
        found = []
        for el in last.candidates(index):
            if not last.matches(el) or not _inside(el, scope):
                continue
            if _ancestors_match(el, ancestors, scope):
                found.append(el)
        return found


def indexed_selector(css: str) -> IndexedSelector | None:
    """The index-based matcher for `css`, or None when it needs the general engine."""
    if any(ch in css for ch in ",>+~:[()") or not css.strip():
        return None
    try:
        return IndexedSelector(css.strip())
    except ValueError:
        return None


def _inside(el: etree._Element, scope: etree._Element) -> bool:
    node: etree._Element | None = el
    while node is not None:
        if node is scope:
            return True
        node = node.getparent()
    return False


def _ancestors_match(el: etree._Element, parts: list[Compound], scope: etree._Element) -> bool:
    """Each remaining part, right to left, matches a distinct ancestor at or below the scope."""
    if not parts:
        return True
    if el is scope:
        return False
    node = el.getparent()
    for part in reversed(parts):
        while not part.matches(node):
            if node is scope:
                return False
            node = node.getparent()
        if node is scope and part is not parts[0]:
            return False
        node = node.getparent()
    return True
