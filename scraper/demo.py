"""`knews demo`: the real crawler against the bundled sample outlet, served on 127.0.0.1.

It shows the whole main job with no network and no configuration: robots.txt, an RSS feed, a
sitemap index with a Google News sitemap, a section page, pages in UTF-8 and EUC-KR, a page that is
no article and one that robots.txt forbids; then the summary line and one stored record.
"""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

from scraper.crawl import Crawl, Locked, hold_lock, progress_stream
from scraper.localsite import LocalSite, directory_routes
from scraper.sources import parse_sources
from scraper.store import Store, StoreError

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

SOURCES = """
[crawl]
user_agent = "knews-demo/0.1 (+mailto:knews@example.org)"
delay = 0.05
workers = 4

[[source]]
name = "sample-outlet"
feeds = ["{base}/feed.xml"]
sitemaps = ["{base}/sitemap.xml"]
sections = ["{base}/section/society.html"]
article_urls = ["/news/[^/]+[.]html$"]
max_pages = 50
"""


def run_demo(db: Path, *, analyze: bool = True, samples: Path = SAMPLES) -> int:
    """Serve the sample site, crawl it into `db`, print the summary and the newest record."""
    site_dir, pages_dir = samples / "site", samples / "pages"
    if not site_dir.is_dir() or not pages_dir.is_dir():
        print(
            f"knews demo: the sample site is missing ({site_dir}); run it from a knews checkout",
            file=sys.stderr,
        )
        return 1
    try:
        lock = hold_lock(db)
    except Locked as exc:
        print(f"knews demo: {exc}", file=sys.stderr)
        return 75
    with lock, LocalSite() as site:
        site.routes.update(directory_routes(site_dir, pages_dir, site.base))
        config = parse_sources(SOURCES.format(base=site.base))
        print(f"knews demo: serving the sample outlet at {site.base}, crawling into {db}", file=sys.stderr)
        try:
            store = Store(db)
        except StoreError as exc:
            print(f"knews demo: {exc}", file=sys.stderr)
            return 74
        with store:
            stats = Crawl(
                config, store, stop=threading.Event(), progress=progress_stream(False), analyze=analyze
            ).run()
            print(stats.line())
            newest = next(store.records(newest_first=True, limit=1), None)
    if newest is None:
        print("knews demo: no article was stored", file=sys.stderr)
        return 1
    record = newest["record"]
    if record.get("analysis") is not None:
        record["analysis"] = "(stored; omitted here)"
    record["paragraphs"] = record["paragraphs"][:2]
    record.pop("body", None)
    print(json.dumps(record, ensure_ascii=False, indent=2))
    return 0
