"""The index-based selector engine gives exactly what lxml's CSS engine gives."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import CORPUS, SAMPLES
from lxml import etree
from lxml.cssselect import CSSSelector

from parsers.extract.page import PageIndex, indexed_selector
from parsers.extract.profiles import all_profiles

PAGES = sorted((SAMPLES / "pages").glob("*.html")) + sorted((CORPUS / "pages").glob("*.html"))
SELECTORS = sorted(
    {
        selector.css
        for profile in all_profiles()
        for group in [profile.markers, *(s for layout in profile.layouts for s in layout.selectors.values())]
        for selector in group
    }
)


# shapes beyond the bundled profiles', so a new profile cannot meet an untested form
SELECTORS += [
    "div p", "ul > li:first-child", "li:nth-child(2)", "dl dd:nth-of-type(2)", "div > p a", "body div div p",
    "table td", "* > p", "div:first-child > span", "p:last-child", "div div > div div",
]  # fmt: skip


def parse(path: Path) -> etree._Element:
    return etree.fromstring(path.read_bytes(), etree.HTMLParser(encoding="utf-8"))


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_indexed_selectors_agree_with_lxml(path: Path) -> None:
    root = parse(path)
    page = PageIndex(root)
    scopes = [root, *root.iter("div")][:40]
    for css in SELECTORS:
        indexed = indexed_selector(css)
        if indexed is None:
            continue
        for scope in scopes:
            assert indexed(scope, page) == CSSSelector(css)(scope), (css, scope.get("class"))


def test_simple_forms_are_indexed_and_others_are_not() -> None:
    for css in ("#a", ".a", "div.a", "div#a.b", ".a .b", "div .a li.b", "#a p.b", "div", ".a p", "a > b",
                "li:first-child", "#a > li:nth-child(2) span", "dl dd:nth-of-type(2)"):  # fmt: skip
        assert indexed_selector(css) is not None, css
    for css in (".a, .b", 'meta[property="x"]', ".a + .b", ".a ~ .b", "li:hover", "li:nth-child", "> a"):
        assert indexed_selector(css) is None, css


def test_index_finds_names_in_document_order() -> None:
    root = etree.fromstring(
        "<div><p class='x byline'/><span id='byline2'/><em class='byline'/></div>", etree.HTMLParser()
    )
    import re

    found = PageIndex(root).named(re.compile("byline"))
    assert [el.tag for el in found] == ["p", "span", "em"]


def test_line_patterns_split_for_speed_match_as_one_alternation() -> None:
    """The boilerplate line patterns are searched as one fast alternation plus a few apart; the
    split must find exactly what a plain alternation of them all finds."""
    from parsers.extract.boilerplate import _has_top_level_bar, _searchers
    from parsers.extract.data import load_data

    floating = [p for p in load_data("boilerplate.toml")["line_patterns"] if not p.startswith("^")]
    plain = re.compile("|".join(f"(?:{p})" for p in floating))
    searchers = _searchers(floating)
    assert len(searchers) < len(floating) / 3  # most patterns share the fast scan
    lines = [
        line
        for path in sorted(SAMPLES.glob("**/*.json"))
        for line in _strings(json.loads(path.read_text(encoding="utf-8")))
    ]
    lines += ["무단 전재 및 재배포 금지", "Copyright (c) 2024", "ALL RIGHTS RESERVED", "20분 지연 시세"]
    assert len(lines) > 1000
    for line in lines:
        assert (plain.search(line) is not None) == any(s.search(line) for s in searchers), line
    # a pattern with alternatives at its top level is searched apart, never joined bare
    assert _has_top_level_bar("관련|기사") and not _has_top_level_bar("(?:관련|기사)[|]\\|")
    assert _searchers(["무단|abc", "재배포"])[1].search("xabc")


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []
