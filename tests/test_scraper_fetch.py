"""The fetcher against a local server: politeness, retries, and the limits a bad server meets."""

from __future__ import annotations

import gzip
import itertools
import threading

import pytest

from scraper.fetch import Fetcher, FetchError, FetchSettings
from scraper.localsite import Hit, LocalSite, Route
from scraper.robots import RobotsCache

TEXT = {"Content-Type": "text/plain"}
LOCAL = frozenset({"127.0.0.1", "127.0.0.2"})


def fetcher(**overrides: object) -> Fetcher:
    settings = FetchSettings(
        delay=0.0, retries=1, backoff=0.05, connect_timeout=1, read_timeout=1, deadline=3
    )
    for key, value in overrides.items():
        setattr(settings, key, value)
    f = Fetcher(settings)
    f.robots = RobotsCache(f)
    return f


def html(text: str = "ok") -> Route:
    return Route(f"<html><body><p>{text}</p></body></html>".encode())


def test_plain_get_hands_over_body_and_http_charset() -> None:
    page = "<p>한국어</p>".encode("euc-kr")
    with LocalSite({"/a": Route(page, headers={"Content-Type": "text/html; charset=EUC-KR"})}) as site:
        resp = fetcher().get(site.url("/a"), allowed_hosts=LOCAL)
    assert resp.status == 200 and resp.body == page and resp.charset == "euc-kr"


def test_user_agent_is_sent() -> None:
    with LocalSite({"/a": html()}) as site:
        fetcher(user_agent="knews-test/1 (+mailto:t@example.org)").get(site.url("/a"), allowed_hosts=LOCAL)
        assert site.hits_for("/a")[0].headers["user-agent"].startswith("knews-test/1")


def test_per_host_delay_is_kept_between_requests() -> None:
    routes = {f"/p{i}": html() for i in range(4)}
    with LocalSite(routes) as site:
        f = fetcher()
        threads = [
            threading.Thread(target=f.get, args=(site.url(p),), kwargs={"allowed_hosts": LOCAL, "delay": 0.2})
            for p in routes
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        times = sorted(h.at for h in site.hits if h.path.startswith("/p"))
    assert len(times) == 4
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.19, gaps


def test_robots_crawl_delay_raises_the_host_delay() -> None:
    routes = {
        "/robots.txt": Route(b"User-agent: *\nCrawl-delay: 0.3\n", headers=TEXT),
        "/a": html(),
        "/b": html(),
    }
    with LocalSite(routes) as site:
        f = fetcher()
        f.get(site.url("/a"), allowed_hosts=LOCAL, delay=0.0)
        f.get(site.url("/b"), allowed_hosts=LOCAL, delay=0.0)
        gap = site.hits_for("/b")[0].at - site.hits_for("/a")[0].at
    assert gap >= 0.29


def test_robots_disallow_is_obeyed_and_fetched_once() -> None:
    routes = {
        "/robots.txt": Route(b"User-agent: *\nDisallow: /private/\n", headers=TEXT),
        "/private/a": html(),
        "/public": html(),
    }
    with LocalSite(routes) as site:
        f = fetcher()
        with pytest.raises(FetchError) as info:
            f.get(site.url("/private/a"), allowed_hosts=LOCAL)
        f.get(site.url("/public"), allowed_hosts=LOCAL)
        assert info.value.reason == "robots"
        assert site.hits_for("/private/a") == []
        assert len(site.hits_for("/robots.txt")) == 1


def test_robots_unreadable_disallows_the_host() -> None:
    routes = {"/robots.txt": Route(b"oops", status=500), "/a": html()}
    with LocalSite(routes) as site:
        with pytest.raises(FetchError) as info:
            fetcher(retries=0).get(site.url("/a"), allowed_hosts=LOCAL)
        assert info.value.reason == "robots-unavailable" and site.hits_for("/a") == []


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_is_honoured(status: int) -> None:
    def flaky(hit: Hit, seen: int) -> Route:
        if seen == 1:
            return Route(b"busy", status=status, headers={"Retry-After": "1", "Content-Type": "text/plain"})
        return html("finally")

    with LocalSite({"/a": flaky}) as site:
        resp = fetcher(retries=2).get(site.url("/a"), allowed_hosts=LOCAL)
        first, second = site.hits_for("/a")
    assert resp.status == 200 and resp.attempts == 2 and b"finally" in resp.body
    assert second.at - first.at >= 0.95


def test_retries_give_up_with_the_status_as_reason() -> None:
    with LocalSite({"/a": Route(b"down", status=502)}) as site:
        with pytest.raises(FetchError) as info:
            fetcher(retries=2).get(site.url("/a"), allowed_hosts=LOCAL)
        assert info.value.reason == "http-502" and len(site.hits_for("/a")) == 3


def test_not_found_is_not_retried() -> None:
    with LocalSite({}) as site:
        with pytest.raises(FetchError) as info:
            fetcher(retries=3).get(site.url("/missing"), allowed_hosts=LOCAL)
        assert info.value.reason == "http-404" and len(site.hits_for("/missing")) == 1


def test_slow_body_hits_the_deadline() -> None:
    slow = Route(chunks=[b"<p>" + b"x" * 50 + b"</p>"] * 40, chunk_delay=0.05)
    with LocalSite({"/slow": slow}) as site, pytest.raises(FetchError) as info:
        fetcher(retries=0, deadline=0.5).get(site.url("/slow"), allowed_hosts=LOCAL)
    assert info.value.reason == "timeout"


def test_stalled_server_hits_the_read_timeout() -> None:
    stalled = Route(chunks=[b"<p>start", b"never</p>"], chunk_delay=3)
    with LocalSite({"/stall": stalled}) as site, pytest.raises(FetchError) as info:
        fetcher(retries=0, read_timeout=0.3, deadline=10).get(site.url("/stall"), allowed_hosts=LOCAL)
    assert info.value.reason == "timeout"


def test_redirects_are_followed_and_a_loop_stops() -> None:
    routes = {
        "/old": Route(status=301, headers={"Location": "/new"}),
        "/new": html("moved"),
        "/a": Route(status=302, headers={"Location": "/b"}),
        "/b": Route(status=302, headers={"Location": "/a"}),
    }
    with LocalSite(routes) as site:
        f = fetcher()
        resp = f.get(site.url("/old"), allowed_hosts=LOCAL)
        assert resp.url == site.url("/new") and b"moved" in resp.body
        with pytest.raises(FetchError) as info:
            f.get(site.url("/a"), allowed_hosts=LOCAL)
        assert info.value.reason == "redirect-loop"


def test_redirect_chain_is_capped() -> None:
    routes = {f"/r{i}": Route(status=302, headers={"Location": f"/r{i + 1}"}) for i in range(10)}
    with LocalSite(routes) as site, pytest.raises(FetchError) as info:
        fetcher(max_redirects=3).get(site.url("/r0"), allowed_hosts=LOCAL)
    assert info.value.reason == "too-many-redirects"


def test_redirect_to_a_private_address_is_refused() -> None:
    routes = {"/out": Route(status=302, headers={"Location": "http://10.1.2.3/admin"})}
    with LocalSite(routes) as site, pytest.raises(FetchError) as info:
        fetcher().get(site.url("/out"), allowed_hosts=frozenset({"127.0.0.1"}))
    assert info.value.reason == "refused-url"


def test_loopback_is_refused_unless_allowed() -> None:
    with LocalSite({"/a": html()}) as site:
        with pytest.raises(FetchError) as info:
            fetcher().get(site.url("/a"))
        assert info.value.reason == "refused-url" and site.hits == []


def test_only_http_and_https() -> None:
    with pytest.raises(FetchError) as info:
        fetcher().get("file:///etc/passwd")
    assert info.value.reason == "refused-url"


def test_declared_oversized_body_is_refused() -> None:
    with LocalSite({"/big": Route(b"x" * 20_000)}) as site, pytest.raises(FetchError) as info:
        fetcher(max_bytes=10_000).get(site.url("/big"), allowed_hosts=LOCAL)
    assert info.value.reason == "too-large"


def test_undeclared_oversized_body_is_cut_while_streaming() -> None:
    big = Route(chunks=[b"x" * 4096] * 10, send_length=False)
    with LocalSite({"/big": big}) as site, pytest.raises(FetchError) as info:
        fetcher(max_bytes=10_000).get(site.url("/big"), allowed_hosts=LOCAL)
    assert info.value.reason == "too-large"


def test_gzip_body_is_decoded_and_a_gzip_bomb_refused() -> None:
    page = "<p>압축된 기사</p>".encode() * 100
    bomb = gzip.compress(b"\0" * 30_000_000, compresslevel=9)
    routes = {
        "/gz": Route(gzip.compress(page), headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}),
        "/bomb": Route(bomb, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}),
    }
    assert len(bomb) < 100_000
    with LocalSite(routes) as site:
        f = fetcher()
        assert f.get(site.url("/gz"), allowed_hosts=LOCAL).body == page
        with pytest.raises(FetchError) as info:
            f.get(site.url("/bomb"), allowed_hosts=LOCAL)
    assert info.value.reason == "decompression-bomb"


def test_conditional_get_sends_validators_and_accepts_304() -> None:
    def feed(hit: Hit, seen: int) -> Route:
        if hit.headers.get("if-none-match") == '"v1"':
            return Route(status=304, headers={})
        return Route(b"<rss/>", headers={"Content-Type": "application/xml", "ETag": '"v1"'})

    with LocalSite({"/feed": feed}) as site:
        f = fetcher()
        first = f.get(site.url("/feed"), allowed_hosts=LOCAL)
        second = f.get(site.url("/feed"), allowed_hosts=LOCAL, etag=first.headers["ETag"])
    assert first.status == 200 and second.not_modified and second.body == b""
