"""Listings parsed into article links, and URLs canonicalised before deduplication."""

from __future__ import annotations

import gzip
from datetime import datetime, timezone

import pytest

from scraper.discover import parse_feed, parse_sitemap, section_links
from scraper.fetch import FetchError, gunzip_capped
from scraper.urls import BadURL, canonicalize, check_address, is_public_host, same_site

BASE = "https://news.example.com/"


def test_rss_links_are_absolute_canonical_and_dated() -> None:
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel>
      <item><link>/article/1?utm_source=rss#top</link><pubDate>Wed, 12 Jun 2024 09:00:00 +0900</pubDate></item>
      <item><link>https://news.example.com/article/2</link></item>
      <item><title>no link</title></item>
      <item><link>javascript:alert(1)</link></item>
    </channel></rss>"""
    links = parse_feed(rss, BASE + "rss")
    assert [link.url for link in links] == [BASE + "article/1", BASE + "article/2"]
    assert links[0].lastmod == datetime(2024, 6, 12, 0, 0, tzinfo=timezone.utc)
    assert links[1].lastmod is None


def test_atom_entries_use_updated() -> None:
    atom = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
      <entry><title>a</title><link href="https://news.example.com/a/1"/><id>1</id>
        <updated>2024-06-13T01:02:03Z</updated></entry></feed>"""
    (link,) = parse_feed(atom, BASE)
    assert link.url == BASE + "a/1" and link.lastmod == datetime(2024, 6, 13, 1, 2, 3, tzinfo=timezone.utc)


def test_sitemap_index_and_google_news_sitemap() -> None:
    index = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://news.example.com/sm-1.xml.gz</loc><lastmod>2024-06-01</lastmod></sitemap>
    </sitemapindex>"""
    pages, children = parse_sitemap(index)
    assert pages == [] and [c.url for c in children] == [BASE + "sm-1.xml.gz"]
    assert children[0].lastmod == datetime(2024, 6, 1, tzinfo=timezone.utc)
    news = """<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://news.example.com/기사/1</loc><news:news>
        <news:publication_date>2024-06-12T10:00:00+09:00</news:publication_date></news:news></url>
      <url><loc>https://news.example.com/a/2</loc><lastmod>2024-06-12T11:00:00+09:00</lastmod></url>
    </urlset>""".encode()
    pages, children = parse_sitemap(gunzip_capped(gzip.compress(news), 1_000_000))
    assert children == [] and [p.url for p in pages] == [BASE + "%EA%B8%B0%EC%82%AC/1", BASE + "a/2"]
    assert pages[0].lastmod == datetime(2024, 6, 12, 1, 0, tzinfo=timezone.utc)


def test_sitemap_gzip_bomb_and_garbage() -> None:
    with pytest.raises(FetchError) as info:
        gunzip_capped(gzip.compress(b"<" * 3_000_000), 1_000_000)
    assert info.value.reason == "decompression-bomb"
    assert parse_sitemap(b"this is not xml") == ([], [])
    entity = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><urlset><url><loc>&e;</loc></url></urlset>'
    assert parse_sitemap(entity)[0] == []


def test_section_links_honour_base_and_drop_non_http() -> None:
    page = b"""<html><head><base href="https://news.example.com/sub/"></head><body>
      <a href="article/1">a</a><a href="/article/2#c">b</a><a href="mailto:x@y.z">m</a>
      <a href="/article/2">dup</a><a href="ftp://x/y">f</a></body></html>"""
    assert section_links(page, BASE + "section") == [BASE + "sub/article/1", BASE + "article/2"]


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("HTTPS://News.Example.COM:443/a?b=2&a=1&utm_campaign=x#frag", "https://news.example.com/a?a=1&b=2"),
        ("http://news.example.com", "http://news.example.com/"),
        ("https://news.example.com/a?fbclid=1&gclid=2", "https://news.example.com/a"),
        (
            "https://news.example.com/read.naver?oid=081&aid=0003",
            "https://news.example.com/read.naver?aid=0003&oid=081",
        ),
    ],
)
def test_canonicalize(raw: str, canonical: str) -> None:
    assert canonicalize(raw) == canonical


def test_canonicalize_refuses_other_schemes() -> None:
    for bad in (
        "ftp://x/y",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "https:///nohost",
        "http://[::1",
        "http://a.kr:99999/",
    ):
        with pytest.raises(BadURL):
            canonicalize(bad)


def test_private_addresses_are_refused_unless_allowed() -> None:
    assert not is_public_host("127.0.0.1") and not is_public_host("localhost")
    assert not is_public_host("10.0.0.1") and not is_public_host("169.254.169.254")
    assert not is_public_host("192.168.1.1") and not is_public_host("[::1]")
    assert is_public_host("8.8.8.8")
    with pytest.raises(BadURL):
        check_address("http://169.254.169.254/latest/meta-data/")
    check_address("http://127.0.0.1:8080/feed", frozenset({"127.0.0.1"}))


def test_same_site_for_canonical_links() -> None:
    assert same_site("https://m.example.com/a", "https://www.example.com/b")
    assert same_site("https://news.example.com/a", "https://example.com/b")
    assert not same_site("https://evil.com/a", "https://example.com/a")
