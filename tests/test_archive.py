"""Reading WARC/ARC files: records to pages, skips counted by reason, byte ranges, filters.

The archives are written here with warcio from samples/pages, with the records a real crawl holds
besides articles: warcinfo and request records, a redirect, an image, a page that is not an
article, an EUC-KR page whose charset only the HTTP header gives, and damaged records.
"""

from __future__ import annotations

import gzip
import io
import json
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("warcio")

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from parsers.warc import Filters, iter_pages, iter_warc_articles, korean_share

PAGES = Path(__file__).resolve().parent.parent / "samples" / "pages"
ARTICLE_PAGES = sorted(p for p in PAGES.glob("*.html") if p.stem != "not-article")


def sample(name: str) -> tuple[str, bytes, dict]:
    meta = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    url = meta.get("url") or f"https://www.example.kr/{name}"
    return url, (PAGES / f"{name}.html").read_bytes(), meta


def response(writer: WARCWriter, url: str, body: bytes, content_type: str, status: str = "200 OK") -> bytes:
    """One response record, as the bytes it takes in the file."""
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
    buffer = io.BytesIO()
    WARCWriter(buffer, gzip=writer.gzip).write_record(record)
    return buffer.getvalue()


def make_warc(path: Path, *, gzip_records: bool = True, damaged: bool = True, repeat: int = 1) -> Path:
    """The sample pages and the odd records of a real crawl, in one WARC file."""
    writer = WARCWriter(io.BytesIO(), gzip=gzip_records)
    chunks = []
    info = writer.create_warcinfo_record(path.name, {"software": "knews tests"})
    buffer = io.BytesIO()
    WARCWriter(buffer, gzip=gzip_records).write_record(info)
    chunks.append(buffer.getvalue())
    for round_ in range(repeat):
        for page in [*ARTICLE_PAGES, PAGES / "not-article.html"]:
            url, body, meta = sample(page.stem)
            url = f"{url}{'&' if '?' in url else '?'}r={round_}"
            if meta.get("charset") == "euc-kr":
                body = body.replace(b'<meta charset="euc-kr">', b"")  # only the HTTP header tells
            chunks.append(response(writer, url, body, f"text/html; charset={meta.get('charset', 'utf-8')}"))
        chunks.append(
            response(writer, f"https://www.yna.co.kr/photo/{round_}.png", b"\x89PNG....", "image/png")
        )
        chunks.append(
            response(writer, "https://www.yna.co.kr/old", b"", "text/html", "301 Moved Permanently")
        )
    if damaged:
        url, body, _ = sample("mk")
        whole = response(writer, url + "?truncated", body, "text/html; charset=utf-8")
        chunks.append(whole[: len(whole) // 2])  # cut mid-record, then more records follow
        url, body, _ = sample("donga")
        chunks.append(response(writer, url + "?after-damage", body, "text/html; charset=utf-8"))
        chunks.append(whole[: len(whole) - 200])  # a last record cut short by a crash
    path.write_bytes(b"".join(chunks))
    return path


@pytest.fixture(scope="module")
def warc(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_warc(tmp_path_factory.mktemp("warc") / "sample.warc.gz")


def test_articles_and_skips_are_counted(warc: Path) -> None:
    counts: Counter[str] = Counter()
    articles = list(iter_warc_articles(warc, analyze=False, counts=counts))
    urls = [a.url for a in articles]
    assert len(articles) == len(ARTICLE_PAGES) + 1  # and the page after the damaged record
    assert any(u and "after-damage" in u for u in urls)
    assert counts["articles"] == len(articles)
    assert counts["not_article"] == 1
    assert counts["not_html"] == 1
    assert counts["status"] == 1
    assert counts["not_response"] == 1  # warcinfo
    assert counts["corrupt"] == 1  # cut mid-record: reading resumes at the next record
    assert counts["truncated"] == 1  # the last record, shorter than its Content-Length
    assert counts["records"] == sum(v for k, v in counts.items() if k not in ("records", "corrupt"))


def test_the_http_charset_reaches_the_decoder(warc: Path) -> None:
    _, _, meta = sample("naver-old")
    page = next(p for p in iter_pages(warc) if "naver.com/main/read" in p.url)
    assert page.charset == "euc-kr"
    assert b'<meta charset="euc-kr">' not in page.content
    article = next(a for a in iter_warc_articles(warc, analyze=False) if a.url == page.url)
    assert article.title == meta["title"]


def test_byte_ranges_cover_the_file_exactly_once(warc: Path) -> None:
    whole = [p.offset for p in iter_pages(warc)]
    size = warc.stat().st_size
    for step in (997, 4096, size // 3 + 1):
        seen = []
        for start in range(0, size, step):
            seen += [p.offset for p in iter_pages(warc, start=start, end=start + step)]
        assert seen == whole, step


def test_uncompressed_warc(tmp_path: Path) -> None:
    path = make_warc(tmp_path / "plain.warc", gzip_records=False, damaged=False)
    counts: Counter[str] = Counter()
    assert len(list(iter_warc_articles(path, analyze=False, counts=counts))) == len(ARTICLE_PAGES)
    assert counts["records"] == len(ARTICLE_PAGES) + 4


def test_arc_file(tmp_path: Path) -> None:
    url, body, meta = sample("yonhap")
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    version = b"1 0 knews\nURL IP-address Archive-date Content-type Archive-length\n"
    filedesc = b"filedesc://test.arc 0.0.0.0 20240613000000 text/plain %d\n" % len(version) + version
    record = b"%s 127.0.0.1 20240613000000 text/html %d\n" % (url.encode(), len(http)) + http
    path = tmp_path / "test.arc.gz"
    path.write_bytes(gzip.compress(filedesc + b"\n") + gzip.compress(record + b"\n"))
    articles = list(iter_warc_articles(path, analyze=False))
    assert [a.title for a in articles] == [meta["title"]]
    assert articles[0].url == url


def test_filters(warc: Path) -> None:
    def kept(filters: Filters) -> tuple[set[str], Counter[str]]:
        counts: Counter[str] = Counter()
        return {
            a.url or "" for a in iter_warc_articles(warc, analyze=False, filters=filters, counts=counts)
        }, counts

    known, counts = kept(Filters(hosts=Filters.known_hosts()))
    assert any("yna.co.kr" in u for u in known) and not any("maeulnews.kr" in u for u in known)
    assert counts["host"] > 0
    kr, _ = kept(Filters(kr_only=True))
    assert kr and all(".kr/" in u for u in kr)
    pattern, counts = kept(Filters(url_pattern=r"/news/"))
    assert pattern and all("/news/" in u for u in pattern) and counts["url_pattern"] > 0
    korean, counts = kept(Filters(min_korean=0.5))
    assert len(korean) == len(ARTICLE_PAGES) + 1 and counts["not_korean"] == 0
    _, counts = kept(Filters(min_korean=1.01))
    assert counts["not_korean"] == len(ARTICLE_PAGES) + 1


def test_korean_share() -> None:
    assert korean_share("서울 시청 앞") == 1.0
    assert korean_share("Seoul 서울") == pytest.approx(2 / 7)
    assert korean_share("123 !!") == 0.0


def test_analysis_comes_with_the_articles(tmp_path: Path) -> None:
    path = make_warc(tmp_path / "one.warc.gz", damaged=False)
    article = next(iter_warc_articles(path, filters=Filters(url_pattern="yna.co.kr")))
    assert article.analysis is not None and article.analysis.sentences
