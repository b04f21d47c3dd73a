"""knews scraper: the polite crawl that feeds parsers with pages, and stores what they make.

    from scraper import fetch_article
    article = fetch_article("https://www.yna.co.kr/view/AKR20240501000100001")

The command line (`knews crawl`, `knews export`, ...) lives in scraper.cli; see docs/crawl.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parsers import Article
    from scraper.fetch import FetchSettings

__all__ = ["fetch_article"]


def fetch_article(url: str, *, analyze: bool = True, settings: FetchSettings | None = None) -> Article:
    """Fetch one page politely (robots.txt, limits, retries) and parse it: for notebooks and
    `knews fetch`. The URL's own host may be a local address, since it was named on purpose.

    Raises scraper.fetch.FetchError when the page cannot be had, parsers.NotAnArticle when it
    holds no article."""
    from parsers import parse_article
    from scraper.crawl import _canonical_key
    from scraper.fetch import Fetcher
    from scraper.robots import RobotsCache
    from scraper.urls import canonicalize, hostname_of

    fetcher = Fetcher(settings)
    fetcher.robots = RobotsCache(fetcher)
    try:
        url = canonicalize(url)
        resp = fetcher.get(url, allowed_hosts=frozenset({hostname_of(url)}))
    finally:
        fetcher.close()
    article = parse_article(resp.body, url=resp.url, charset=resp.charset, analyze=analyze)
    article.canonical_url = _canonical_key(article, resp.url)
    return article
