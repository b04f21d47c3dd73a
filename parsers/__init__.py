"""knews parsers: Korean news pages in, clean Article records out. Pure: no network, no database.

    from parsers import parse_article
    article = parse_article(html_bytes, url="https://n.news.naver.com/mnews/article/003/0012577249")

Also here: `analyze_text` (the Korean analysis of plain text), `parse_articles` (many pages, on
all cores) and `iter_warc_articles` (articles out of a WARC file). They load on first use, so
extraction alone never imports Kiwi.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from parsers.extract import NotAnArticle
from parsers.parse import parse_article
from parsers.record import Article, Image, RecordError

if TYPE_CHECKING:
    from parsers.analysis import analyze_text
    from parsers.batch import parse_articles
    from parsers.warc import iter_warc_articles

__all__ = [
    "Article",
    "Image",
    "NotAnArticle",
    "RecordError",
    "analyze_text",
    "iter_warc_articles",
    "parse_article",
    "parse_articles",
]

_LAZY = {
    "analyze_text": "parsers.analysis",
    "parse_articles": "parsers.batch",
    "iter_warc_articles": "parsers.warc",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'parsers' has no attribute {name!r}")
