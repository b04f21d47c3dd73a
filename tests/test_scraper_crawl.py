"""End-to-end crawls of a local outlet: discovery, robots, charsets, skips, revisions, drift."""

from __future__ import annotations

import gzip
import itertools
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import scraper.crawl
from parsers import parse_article
from scraper.crawl import Crawl
from scraper.localsite import Hit, LocalSite, Route, article_page
from scraper.sources import parse_sources
from scraper.store import Store, content_hash

TEXT = {"Content-Type": "text/plain"}
XML = {"Content-Type": "application/xml; charset=utf-8"}
PARAS = [
    "서울시는 1일 시민 안전을 위한 새로운 대책을 발표했다고 밝혔다. 대책에는 교통 안전 강화가 포함됐다.",
    '시 관계자는 "시민들이 체감할 수 있는 변화를 만들겠다"고 말했다. 예산은 100억원 규모다.',
    "전문가들은 이번 대책이 실효성을 거두려면 꾸준한 점검이 필요하다고 지적했다.",
]


class Outlet:
    """A sample outlet whose pages, feed and sitemap a test can change between runs."""

    def __init__(self, site: LocalSite):
        self.site = site
        self.titles = {n: f"{n}번 기사: 서울시 안전 대책 발표" for n in range(1, 6)}
        self.feed_dates: dict[int, datetime] = {}
        site.routes.update(
            {
                "/robots.txt": Route(b"User-agent: *\nDisallow: /private/\n", headers=TEXT),
                "/feed.xml": self.feed,
                "/sitemap.xml": Route(self.sitemap_index(), headers=XML),
                "/sitemap-news.xml.gz": Route(
                    gzip.compress(self.news_sitemap()), headers={"Content-Type": "application/gzip"}
                ),
                "/section.html": Route(self.section()),
                "/news/euckr.html": Route(
                    article_page("부산시, 해양 축제 개최", PARAS, charset="euc-kr"),
                    headers={"Content-Type": "text/html; charset=euc-kr"},
                ),
                "/news/empty.html": Route(b"<html><body><nav><a href='/'>home</a></nav></body></html>"),
                "/private/secret.html": Route(article_page("비밀", PARAS)),
            }
        )
        for n in self.titles:
            site.routes[f"/news/{n}.html"] = self.page(n)

    def page(self, n: int) -> object:
        def serve(hit: Hit, seen: int) -> Route:
            return Route(article_page(self.titles[n], PARAS))

        return serve

    def feed(self, hit: Hit, seen: int) -> Route:
        items = []
        for n, extra in ((1, ""), (1, "#comments"), (2, "?utm_source=rss&utm_medium=feed")):
            date = self.feed_dates.get(n, datetime(2024, 5, 1, tzinfo=timezone.utc))
            items.append(
                f"<item><title>{n}</title><link>{self.site.base}/news/{n}.html{extra}</link>"
                f"<pubDate>{date.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate></item>"
            )
        items.append(f"<item><title>secret</title><link>{self.site.base}/private/secret.html</link></item>")
        rss = f"<rss version='2.0'><channel><title>t</title>{''.join(items)}</channel></rss>"
        etag = f'"{hash(rss)}"'
        if hit.headers.get("if-none-match") == etag:
            return Route(status=304, headers={"ETag": etag})
        return Route(rss.encode(), headers={**XML, "ETag": etag})

    def sitemap_index(self) -> bytes:
        return (
            f"<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
            f"<sitemap><loc>{self.site.base}/sitemap-news.xml.gz</loc></sitemap></sitemapindex>"
        ).encode()

    def news_sitemap(self) -> bytes:
        urls = "".join(
            f"<url><loc>{self.site.base}/news/{n}.html</loc><news:news><news:publication>"
            f"<news:name>예시</news:name><news:language>ko</news:language></news:publication>"
            f"<news:publication_date>2024-05-01T10:00:00+09:00</news:publication_date>"
            f"<news:title>{n}</news:title></news:news></url>"
            for n in (3, 4)
        )
        return (
            f"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
            f"xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>{urls}</urlset>"
        ).encode()

    def section(self) -> bytes:
        links = [
            "/news/5.html",
            "/news/euckr.html",
            "/news/empty.html",
            "/about.html",
            "/news/5.html#top",
            "http://10.0.0.7/news/6.html",
        ]
        anchors = "".join(f"<a href='{u}'>link</a>" for u in links)
        return f"<html><body>{anchors}</body></html>".encode()

    def sources(self, **crawl: object) -> str:
        settings = {"delay": 0.0, "workers": 4, "analyze": False, "retries": 0, **crawl}
        lines = "\n".join(
            f"{k} = {str(v).lower() if isinstance(v, bool) else repr(v)}" for k, v in settings.items()
        )
        return f"""
[crawl]
{lines}

[[source]]
name = "outlet"
feeds = ["{self.site.base}/feed.xml"]
sitemaps = ["{self.site.base}/sitemap.xml"]
sections = ["{self.site.base}/section.html"]
article_urls = ["/news/[^/]+[.]html$", "/private/"]
max_pages = 50
"""


@pytest.fixture
def outlet():
    with LocalSite() as site:
        yield Outlet(site)


def crawl(outlet: Outlet, db: Path, **settings: object) -> scraper.crawl.Stats:
    with Store(db) as store:
        return Crawl(parse_sources(outlet.sources(**settings)), store).run()


def stored(db: Path) -> dict[str, dict]:
    with Store(db) as store:
        return {row["canonical_url"]: row for row in store.records()}


def test_feeds_sitemaps_and_sections_are_followed(outlet: Outlet, tmp_path: Path) -> None:
    stats = crawl(outlet, tmp_path / "k.db")
    base = outlet.site.base
    records = stored(tmp_path / "k.db")
    expected = {f"{base}/news/{n}.html" for n in range(1, 6)} | {f"{base}/news/euckr.html"}
    assert set(records) == expected
    assert stats.new == 6 and stats.updated == 0 and stats.failed == {}
    assert stats.skipped == {"robots": 1, "not-an-article": 1}
    assert stats.listing_failed == {"refused-url": 1}, "the 10.0.0.7 link is not followed"
    assert outlet.site.hits_for("/private/secret.html") == []
    assert outlet.site.hits_for("/about.html") == []
    assert len(outlet.site.hits_for("/news/1.html")) == 1, "fragment and tracking variants are one page"
    assert records[f"{base}/news/1.html"]["record"]["title"] == outlet.titles[1]
    assert "skipped 2 (" in stats.line() and "new 6" in stats.line()


def test_euc_kr_page_is_stored_as_korean_text(outlet: Outlet, tmp_path: Path) -> None:
    crawl(outlet, tmp_path / "k.db")
    record = stored(tmp_path / "k.db")[f"{outlet.site.base}/news/euckr.html"]["record"]
    assert record["title"] == "부산시, 해양 축제 개최"
    assert record["paragraphs"][0] == PARAS[0]


def test_page_without_article_is_recorded_as_skipped_with_its_reason(outlet: Outlet, tmp_path: Path) -> None:
    crawl(outlet, tmp_path / "k.db")
    with Store(tmp_path / "k.db") as store:
        state, reason = store.db.execute(
            "SELECT state, reason FROM frontier WHERE url = ?", (f"{outlet.site.base}/news/empty.html",)
        ).fetchone()
        error = store.db.execute("SELECT error FROM fetches WHERE url LIKE '%empty.html'").fetchone()[0]
    assert state == "skipped" and reason.startswith("not an article") and error == reason


def test_second_run_fetches_nothing_new(outlet: Outlet, tmp_path: Path) -> None:
    crawl(outlet, tmp_path / "k.db")
    again = crawl(outlet, tmp_path / "k.db")
    assert (again.discovered, again.fetched, again.new) == (0, 0, 0)
    assert len(outlet.site.hits_for("/news/3.html")) == 1
    first, second = outlet.site.hits_for("/feed.xml")
    assert "if-none-match" not in first.headers and second.headers["if-none-match"].startswith('"')


def test_hosts_are_crawled_concurrently_each_at_its_own_pace(tmp_path: Path) -> None:
    sites = [LocalSite(host=f"127.0.0.{n}") for n in (1, 2)]
    for site in sites:
        site.routes["/robots.txt"] = Route(b"", headers=TEXT)
        items = "".join(f"<item><link>{site.base}/news/{n}.html</link></item>" for n in range(3))
        site.routes["/feed.xml"] = Route(f"<rss><channel>{items}</channel></rss>".encode(), headers=XML)
        for n in range(3):
            site.routes[f"/news/{n}.html"] = Route(article_page(f"{n}번 기사 제목입니다", PARAS))
        site.start()
    text = "[crawl]\ndelay = 0.2\nanalyze = false\n" + "".join(
        f'[[source]]\nname = "s{i}"\nfeeds = ["{site.base}/feed.xml"]\n' for i, site in enumerate(sites)
    )
    try:
        with Store(tmp_path / "k.db") as store:
            stats = Crawl(parse_sources(text), store).run()
    finally:
        for site in sites:
            site.stop()
    assert stats.new == 6
    a, b = ([h.at for h in site.hits if h.path.startswith("/news/")] for site in sites)
    assert min(b) < max(a) and min(a) < max(b), "one host waited for the other"
    for times in (a, b):
        assert all(y - x >= 0.19 for x, y in itertools.pairwise(sorted(times)))


def test_changed_article_updates_its_record_and_unchanged_is_touched(outlet: Outlet, tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    crawl(outlet, db)
    before = stored(db)
    later = datetime.now(timezone.utc) + timedelta(minutes=5)
    outlet.feed_dates = {1: later, 2: later}
    outlet.titles[1] = "1번 기사: 서울시 안전 대책 수정 발표"
    stats = crawl(outlet, db)
    after = stored(db)
    one, two = f"{outlet.site.base}/news/1.html", f"{outlet.site.base}/news/2.html"
    assert (stats.discovered, stats.updated, stats.unchanged, stats.new) == (2, 1, 1, 0)
    assert after[one]["revisions"] == 2 and after[one]["record"]["title"] == outlet.titles[1]
    assert after[two]["revisions"] == 1 and after[two]["record"] == before[two]["record"]
    assert after[two]["last_seen"] >= before[two]["last_seen"]
    assert len(after) == len(before)


def test_stored_hash_matches_the_parsed_page(outlet: Outlet, tmp_path: Path) -> None:
    crawl(outlet, tmp_path / "k.db")
    url = f"{outlet.site.base}/news/4.html"
    with Store(tmp_path / "k.db") as store:
        digest = store.db.execute(
            "SELECT content_hash FROM articles WHERE canonical_url = ?", (url,)
        ).fetchone()[0]
    page = parse_article(article_page(outlet.titles[4], PARAS), url=url, analyze=False)
    assert digest == content_hash(page)


def test_profile_drift_is_reported_per_source(
    outlet: Outlet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def drifting(*args: object, **kwargs: object):
        article = parse_article(*args, **kwargs)
        article.warnings.append("profile drift: layout 'v2' matched no body")
        return article

    monkeypatch.setattr(scraper.crawl, "parse_article", drifting)
    stats = crawl(outlet, tmp_path / "k.db")
    assert stats.drifted == {"outlet": 6}
    assert "profile drift: outlet (6)" in stats.line()
    assert stats.as_dict()["profile_drift"] == {"outlet": 6}


def test_page_limit_per_run(outlet: Outlet, tmp_path: Path) -> None:
    config = parse_sources(outlet.sources().replace("max_pages = 50", "max_pages = 2"))
    with Store(tmp_path / "k.db") as store:
        stats = Crawl(config, store).run()
        pending = store.db.execute("SELECT COUNT(*) FROM frontier WHERE state = 'pending'").fetchone()[0]
    assert stats.new == 2 and pending == 6


def test_stop_request_abandons_in_flight_pages_cleanly(outlet: Outlet, tmp_path: Path) -> None:
    stop = threading.Event()
    for n in range(1, 6):
        slow = Route(chunks=[article_page(f"{n}번", PARAS)] * 2, chunk_delay=0.3)
        outlet.site.routes[f"/news/{n}.html"] = slow
    config = parse_sources(outlet.sources(workers=1))
    timer = threading.Timer(0.4, stop.set)
    timer.start()
    with Store(tmp_path / "k.db") as store:
        stats = Crawl(config, store, stop=stop).run()
        run = store.db.execute("SELECT status, ended FROM runs").fetchone()
        done = store.db.execute("SELECT COUNT(*) FROM frontier WHERE state != 'pending'").fetchone()[0]
    assert stats.status == "stopped" and run[0] == "stopped" and run[1] is not None
    assert stats.new + sum(stats.skipped.values()) == done < 8
