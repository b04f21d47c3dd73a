"""Machine-readable metadata: JSON-LD, OpenGraph, article:* and other <meta> tags, <link rel>.

Everything here is a hint with a source: the extractor weighs it against what the page shows.
JSON-LD on Korean sites is often malformed (trailing commas, raw newlines, HTML entities), so it is
repaired before giving up on it.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

_ARTICLE_TYPES = {
    "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "blogposting", "backgroundnewsarticle", "reviewnewsarticle", "socialmediaposting", "webpage",
}  # fmt: skip


@dataclass
class PageMeta:
    """Metadata hints found in a page's head and structured data."""

    meta: dict[str, str] = field(default_factory=dict)  # lower-cased name/property -> first content
    jsonld: dict[str, Any] = field(default_factory=dict)  # the article object, if any
    canonical: str | None = None
    html_title: str | None = None

    def first(self, *keys: str) -> str | None:
        for key in keys:
            value = self.meta.get(key)
            if value:
                return value
        return None


def read_meta(root: etree._Element) -> PageMeta:
    page = PageMeta()
    for node in root.iter("meta", "link", "title", "script"):
        tag = node.tag
        if tag == "meta":
            key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
            content = node.get("content")
            if key and content and key not in page.meta:
                page.meta[key] = html.unescape(content).strip()
        elif tag == "link":
            if (node.get("rel") or "").lower() == "canonical" and node.get("href") and not page.canonical:
                page.canonical = node.get("href").strip()
        elif tag == "title":
            if page.html_title is None:
                page.html_title = "".join(node.itertext()).strip()
        elif (node.get("type") or "").lower() == "application/ld+json" and not page.jsonld:
            page.jsonld = _article_object(node.text or "")
    return page


def _article_object(text: str) -> dict[str, Any]:
    data = _load_json(text)
    for obj in _objects(data):
        types = obj.get("@type")
        names = types if isinstance(types, list) else [types]
        if any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in names) and (
            obj.get("headline") or obj.get("datePublished")
        ):
            return obj
    return {}


def _objects(data: Any) -> list[dict[str, Any]]:
    """Every dict in a JSON-LD document: top level, arrays and @graph."""
    found: list[dict[str, Any]] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            found.append(item)
            if "@graph" in item:
                stack.append(item["@graph"])
    return found


def _load_json(text: str) -> Any:
    text = text.strip().removeprefix("<!--").removesuffix("-->").strip()
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        pass
    repaired = re.sub(r",\s*([}\]])", r"\1", text)
    repaired = re.sub(r"[\x00-\x1f]", " ", repaired)
    try:
        return json.loads(repaired)
    except json.JSONDecodeError:
        return None


def jsonld_people(value: Any) -> list[str]:
    """Author names from a JSON-LD author/creator value (string, object or list of either)."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            names.append(html.unescape(name).strip())
    return names


def jsonld_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@id")
    return html.unescape(value).strip() if isinstance(value, str) and value.strip() else None
