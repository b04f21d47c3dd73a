"""parse_article: one page to one Article, extraction then (optionally) the Korean analysis."""

from __future__ import annotations

from typing import Any

from parsers.extract import extract_article
from parsers.record import Article


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
