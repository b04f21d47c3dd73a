"""For any bytes at all, parse_article returns an Article or raises NotAnArticle: nothing else escapes."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from parsers import Article, NotAnArticle, parse_article

ARTICLE = (
    "<html><head><meta charset='utf-8'><title>제목 - 신문</title>"
    "<meta property='article:published_time' content='2021-08-06T17:55:23+09:00'></head><body>"
    "<div id='article'><h1>정부, 데이터 댐 협약식 개최</h1><p>(서울=연합뉴스) 홍길동 기자 = 과기정통부는 6일 협약식을"
    ' 개최했다고 밝혔다.</p><p>이날 행사에는 500여명이 참여했다. 조경식 제2차관은 "적극 지원하겠다"고 말했다.</p>'
    "<ul class='related'><li><a href='/a'>관련 기사 하나</a></li><li><a href='/b'>관련 기사 둘</a></li></ul>"
    "<p>저작권자 © 연합뉴스 무단전재 및 재배포 금지</p></div></body></html>"
).encode()

fragments = st.sampled_from(
    [b"<p>", b"</p>", b"<div class='ad'>", b"</div>", b"<br>", b"<script>", b"</table>", b"<a href='x'>",
     b"\xea\xb0\x80", b"\xb0\xa1", b"\x00", b"&#xD800;", b"<!--", b"-->", b"<meta charset='euc-kr'>",
     b"<?xml version='1.0' encoding='utf-8'?>", b"\xef\xbb\xbf", b"]]>", b"<![CDATA[", b"<time datetime='9999-99-99'>"]
)  # fmt: skip


def _check(raw: bytes) -> None:
    try:
        article = parse_article(raw, analyze=False)
    except NotAnArticle as exc:
        assert str(exc)
        return
    assert isinstance(article, Article)
    assert article.body.strip()
    Article.from_json(article.to_json())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_random_bytes(raw: bytes) -> None:
    _check(raw)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.integers(0, len(ARTICLE)), st.one_of(fragments, st.binary(max_size=8))), max_size=12
    )
)
@example(edits=[(326, b"</p>"), (416, b"<div class='ad'>")])  # guessed subheads took the whole body
def test_mutated_article(edits: list[tuple[int, bytes]]) -> None:
    raw = bytearray(ARTICLE)
    for position, insert in edits:
        raw[position:position] = insert
    _check(bytes(raw))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=3000))
def test_random_text(text: str) -> None:
    _check(text.encode("utf-8", "surrogatepass"))
    with contextlib.suppress(NotAnArticle):
        parse_article(text, analyze=False)


def test_the_unmutated_article_parses() -> None:
    article = parse_article(ARTICLE, analyze=False)
    assert article.title == "정부, 데이터 댐 협약식 개최"
    assert article.authors == ["홍길동"]
    assert "관련 기사" not in article.body and "무단전재" not in article.body


@pytest.mark.parametrize(
    ("raw", "reason"),
    [(b"", "empty"), (b"   \n", "empty"), (b"just some text without markup", "not HTML"),
     (b"<html><body><p>short</p></body></html>", "no article text")],
)  # fmt: skip
def test_not_an_article_says_why(raw: bytes, reason: str) -> None:
    with pytest.raises(NotAnArticle, match=reason):
        parse_article(raw, analyze=False)


def test_index_page_is_not_an_article() -> None:
    links = "".join(
        f"<li><a href='/news/{i}'>헤드라인 기사 제목 번호 {i}번입니다</a></li>" for i in range(60)
    )
    with pytest.raises(NotAnArticle, match=r"index page|no article"):
        parse_article(f"<html><body><ul>{links}</ul></body></html>".encode(), analyze=False)


def test_a_malformed_url_in_the_page_is_dropped_not_fatal() -> None:
    """urllib raises ValueError on `http://[::1` (a bracket never closed): found by fuzzing pages."""
    prose = "<p>" + "대전시는 시내버스 노선을 25년 만에 전면 개편한다고 12일 밝혔다. " * 3 + "</p>"
    page = (
        '<html><head><link rel="canonical" href="http://[broken/a"><base href="http://[b"></head><body>'
        f'<h1>대전 시내버스 노선 전면 개편</h1><div class="article"><img src="http://[::1/x.jpg">{prose}{prose}</div>'
        "</body></html>"
    ).encode()
    article = parse_article(page, url="http://[x/y", analyze=False)
    assert article.images == [] and article.site is None
    assert len(article.paragraphs) == 2
