"""knews parsers: Korean news pages in, clean Article records out. Pure: no network, no database.

    from parsers import parse_article
    article = parse_article(html_bytes, url="https://n.news.naver.com/mnews/article/003/0012577249")

Also here: `analyze_text` (the Korean analysis of plain text), `parse_articles` (many pages, on
all cores) and `iter_warc_articles` (articles out of a WARC file). They load on first use, so
extraction alone never imports Kiwi.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from parsers.extract import NotAnArticle, extract_article
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


def parse_article(
    source: bytes | str | Any,
    url: str | None = None,
    *,
    charset: str | None = None,
    analyze: bool = True,
) -> Article:
    """Parse one news page into an Article.

    `source` is the page as bytes (decoded here: BOM, `charset`, <meta charset>, detection), str,
    or a bs4.BeautifulSoup. `charset` is the HTTP header's charset, when known. With `analyze`
    (the default) the Korean analysis fills `article.analysis`; it loads Kiwi once per process.
    Raises NotAnArticle (a ValueError) when the input holds no article.
    """
    article = extract_article(source, url=url, charset=charset)
    if analyze:
        from parsers.analysis import analyze_article

        analyze_article(article)
    return article


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'parsers' has no attribute {name!r}")
