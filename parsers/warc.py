"""Web archives (WARC and ARC, plain or gzipped per record) into pages and Articles.

from parsers.warc import iter_warc_articles
for article in iter_warc_articles("CC-NEWS-20240612.warc.gz"):
    ...

Only HTTP responses with status 200 and an HTML content type reach the parser, with the charset of
their Content-Type header. Everything else is counted by reason in a `collections.Counter` the caller
may pass, never raised: one bad record must not stop a backfill of millions. A gzip-per-record file
can also be read from any byte range (`start`, `end`): a range owns the records that begin inside
it, so ranges read by different processes cover the file exactly once.
Reading uses warcio (the optional extra `archive`); nothing here touches the network.
"""

from __future__ import annotations

import fnmatch
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from parsers.extract import NotAnArticle
from parsers.extract.links import host_of
from parsers.parse import parse_article
from parsers.record import Article

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/xml+html"})
MAX_PAGE_BYTES = 8 * 1024 * 1024  # larger "pages" are media or dumps, not news articles
GZIP_MAGIC = b"\x1f\x8b\x08"

_ARC_HEADER = re.compile(rb"^\S+ \S+ \d{14} \S+ \d+\r?\n")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.\-]+)", re.I)
_HANGUL = re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_SCAN_BLOCK = 1 << 16

# why a record gave no article; the counts in a manifest use these names
NOT_RESPONSE = "not_response"  # warcinfo, request, metadata, revisit records
NOT_HTTP = "not_http"  # a response without HTTP headers (dns:, ftp:)
STATUS = "status"  # HTTP status other than 200 (redirects, errors)
NOT_HTML = "not_html"
HOST = "host"
URL_PATTERN = "url_pattern"
TOO_LARGE = "too_large"
TRUNCATED = "truncated"  # the record ends before its Content-Length
CORRUPT = "corrupt"  # unreadable bytes; reading resumes at the next record that decompresses
NOT_ARTICLE = "not_article"
NOT_KOREAN = "not_korean"


@dataclass(frozen=True)
class Page:
    """One HTML response of an archive, as the parser needs it, and where it came from."""

    url: str
    content: bytes
    charset: str | None
    offset: int
    record_id: str | None = None
    fetched: str | None = None  # WARC-Date (ISO 8601, UTC)


@dataclass(frozen=True)
class Filters:
    """Which pages to keep. Host and URL tests run before parsing (cheap, from the WARC headers);
    the Korean text share runs on the extracted title and body, before the costly analysis.

    `hosts` are globs (`*.donga.com`); empty means any host. `kr_only` keeps hosts under .kr.
    `min_korean` is the least share of Hangul among the letters of title and body (0 keeps all).
    `url_pattern` is a regular expression searched in the URL.
    """

    hosts: tuple[str, ...] = ()
    kr_only: bool = False
    min_korean: float = 0.0
    url_pattern: str | None = None

    @staticmethod
    def known_hosts() -> tuple[str, ...]:
        """The host globs of every site profile: the Korean outlets the parser knows by name."""
        from parsers.extract.profiles import all_profiles

        return tuple(sorted({pattern for profile in all_profiles() for pattern in profile.hosts}))

    def url_reason(self, url: str) -> str | None:
        """Why this URL is filtered out, or None when it is kept."""
        host = (host_of(url) or "").lower()  # a broken URL has no host: filtered like any other
        if self.hosts and not any(fnmatch.fnmatchcase(host, pattern) for pattern in self.hosts):
            return HOST
        if self.kr_only and not (host == "kr" or host.endswith(".kr")):
            return HOST
        if self.url_pattern and not re.search(self.url_pattern, url):
            return URL_PATTERN
        return None

    def text_reason(self, article: Article) -> str | None:
        """Why this article is filtered out by its text, or None when it is kept."""
        if self.min_korean > 0 and korean_share(article.title + "\n" + article.body) < self.min_korean:
            return NOT_KOREAN
        return None


def korean_share(text: str, sample: int = 20_000) -> float:
    """Share of Hangul among the letters of (the start of) `text`; 0.0 when it has no letters."""
    head = text[:sample]
    letters = sum(1 for ch in head if ch.isalpha())
    return len(_HANGUL.findall(head)) / letters if letters else 0.0


def is_gzip(path: str | Path) -> bool:
    """Whether the file starts as gzip: only such files can be read from an arbitrary byte range."""
    with open(path, "rb") as f:
        return f.read(3) == GZIP_MAGIC


def next_record_start(f: IO[bytes], pos: int) -> int | None:
    """Offset of the first gzip member at or after `pos` that opens a WARC or ARC record.

    A candidate must decompress to a record header, so gzip magic bytes inside compressed data are
    not taken for a boundary. None when the file has no further record.
    """
    while True:
        f.seek(pos)
        block = f.read(_SCAN_BLOCK + 2 * len(GZIP_MAGIC))
        if not block:
            return None
        found = block.find(GZIP_MAGIC)
        while 0 <= found < _SCAN_BLOCK:
            if _opens_record(f, pos + found):
                return pos + found
            found = block.find(GZIP_MAGIC, found + 1)
        if len(block) <= _SCAN_BLOCK:
            return None
        pos += _SCAN_BLOCK


def _opens_record(f: IO[bytes], pos: int) -> bool:
    f.seek(pos)
    try:
        head = zlib.decompressobj(31).decompress(f.read(4096), 256)
    except zlib.error:
        return False
    return head.startswith(b"WARC/") or bool(_ARC_HEADER.match(head))


def iter_pages(
    path: str | Path,
    *,
    start: int = 0,
    end: int | None = None,
    filters: Filters | None = None,
    counts: Counter[str] | None = None,
) -> Iterator[Page]:
    """The HTML pages of the records that begin in [start, end) of an archive, streamed.

    `counts` gets "records" (every record read) and one count per reason a record was passed over.
    A damaged stretch counts as CORRUPT and reading resumes at the next readable gzip member.
    """
    counts = Counter() if counts is None else counts
    filters = filters or Filters()
    with open(path, "rb") as f:
        pos: int | None = start if start == 0 else next_record_start(f, start)
        while pos is not None and (end is None or pos < end):
            f.seek(pos)
            try:
                for record, offset in _records(f):
                    if end is not None and offset >= end:
                        return
                    page = _page(record, offset, filters, counts)
                    counts["records"] += 1
                    if page is not None:
                        yield page
                return
            except Damaged as damage:
                counts[CORRUPT] += 1
                pos = next_record_start(f, damage.offset + 1)


class Damaged(Exception):
    """warcio could not read the record at `offset`: damaged bytes (the iterator is then unusable)."""

    def __init__(self, offset: int, reason: str) -> None:
        super().__init__(f"damaged record at byte {offset}: {reason}")
        self.offset = offset


def _damage_errors() -> tuple[type[BaseException], ...]:
    # What warcio raises on damaged bytes. AttributeError and ValueError are among them (a record
    # whose headers lost WARC-Target-URI or a number), so they are caught only around warcio's
    # own reading calls below, never around knews code.
    from warcio.exceptions import ArchiveLoadFailed
    from warcio.statusandheaders import StatusAndHeadersParserException

    return (
        ArchiveLoadFailed,
        StatusAndHeadersParserException,
        zlib.error,
        EOFError,
        AttributeError,
        ValueError,
    )


def _records(f: IO[bytes]) -> Iterator[tuple[Any, int]]:
    from warcio.archiveiterator import ArchiveIterator

    errors = _damage_errors()
    archive = ArchiveIterator(f, arc2warc=True)
    while True:
        try:
            record = next(archive)
        except StopIteration:
            return
        except errors as exc:
            raise Damaged(archive.offset, str(exc)) from exc
        yield record, archive.offset  # the record's start, until read_to_end() moves on


def _page(record: Any, offset: int, filters: Filters, counts: Counter[str]) -> Page | None:
    if record.rec_type != "response":
        return _skip(counts, NOT_RESPONSE)
    http = record.http_headers
    if http is None or not http.protocol.upper().startswith("HTTP"):
        if "application/http" in (record.rec_headers.get_header("Content-Type") or ""):
            # declared HTTP but unreadable: the record was cut inside its HTTP headers
            raise Damaged(offset, "HTTP headers unreadable")
        return _skip(counts, NOT_HTTP)
    if http.get_statuscode() != "200":
        return _skip(counts, STATUS)
    content_type = http.get_header("Content-Type") or ""
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime and mime not in HTML_TYPES:
        return _skip(counts, NOT_HTML)
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    reason = filters.url_reason(url)
    if reason:
        return _skip(counts, reason)
    try:
        content = record.content_stream().read(MAX_PAGE_BYTES + 1)
    except _damage_errors() as exc:
        raise Damaged(offset, str(exc)) from exc
    if len(content) > MAX_PAGE_BYTES:
        return _skip(counts, TOO_LARGE)
    if record.raw_stream.limit > 0:
        return _skip(counts, TRUNCATED)
    match = _CHARSET.search(content_type)
    return Page(
        url=url,
        content=content,
        charset=match.group(1) if match else None,
        offset=offset,
        record_id=record.rec_headers.get_header("WARC-Record-ID"),
        fetched=record.rec_headers.get_header("WARC-Date"),
    )


def _skip(counts: Counter[str], reason: str) -> None:
    counts[reason] += 1


def page_article(
    page: Page, *, analyze: bool = True, filters: Filters | None = None, counts: Counter[str] | None = None
) -> Article | None:
    """Parse one page; None (counted as NOT_ARTICLE or NOT_KOREAN) when it gives no article kept."""
    counts = Counter() if counts is None else counts
    try:
        article = parse_article(page.content, url=page.url, charset=page.charset, analyze=False)
    except NotAnArticle:
        return _skip(counts, NOT_ARTICLE)
    reason = (filters or Filters()).text_reason(article)
    if reason:
        return _skip(counts, reason)
    if analyze:
        from parsers.analysis import analyze_article

        analyze_article(article)
    counts["articles"] += 1
    return article


def iter_warc_articles(
    path: str | Path,
    *,
    analyze: bool = True,
    filters: Filters | None = None,
    counts: Counter[str] | None = None,
) -> Iterator[Article]:
    """Every article of a WARC/ARC file, parsed (and analysed) one at a time: for notebooks and
    scripts; `knews archive` runs the same steps on many files and processes."""
    counts = Counter() if counts is None else counts
    for page in iter_pages(path, filters=filters, counts=counts):
        article = page_article(page, analyze=analyze, filters=filters, counts=counts)
        if article is not None:
            yield article
