"""Decoding page bytes: BOM, HTTP charset, <meta charset>, detection, and charsets that lie."""

from __future__ import annotations

import codecs

from parsers import parse_article
from parsers.extract.decode import decode_html, normalise_charset

TEXT = "과학기술정보통신부는 6일 상생협약식을 개최했다. 이날 행사에는 500여명이 참여했다. " * 3


def page(charset_decl: str | None) -> str:
    meta = f'<meta charset="{charset_decl}">' if charset_decl else ""
    return f"<html><head>{meta}<title>제목입니다 테스트</title></head><body><h1>제목입니다 테스트</h1><p>{TEXT}</p></body></html>"


def test_euc_kr_page_is_read_as_cp949() -> None:
    raw = (page("euc-kr") + "똠방각하 펲").encode("cp949")  # 똠, 펲 exist in CP949 only
    text, codec = decode_html(raw)
    assert codec == "cp949" and "똠방각하 펲" in text


def test_page_declared_euc_kr_but_really_utf8() -> None:
    text, codec = decode_html(page("euc-kr").encode("utf-8"))
    assert codec == "utf-8" and TEXT in text


def test_http_charset_is_used_when_the_page_declares_none() -> None:
    text, codec = decode_html(page(None).encode("cp949"), charset="EUC-KR")
    assert codec == "cp949" and TEXT in text


def test_undeclared_legacy_korean_is_detected() -> None:
    text, _ = decode_html(page(None).encode("cp949"))
    assert TEXT in text


def test_boms_win() -> None:
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")):
        text, used = decode_html(bom + page("euc-kr").encode(codec))
        assert used == codec and TEXT in text


def test_charset_names() -> None:
    assert normalise_charset("KS_C_5601-1987") == "cp949"
    assert normalise_charset(" 'UTF8' ") == "utf-8"
    assert normalise_charset("no-such-charset") is None


def test_parse_article_decodes_euc_kr_end_to_end() -> None:
    article = parse_article(page("euc-kr").encode("cp949"), analyze=False)
    assert article.title == "제목입니다 테스트"
    assert TEXT.strip() in article.body


def test_pages_that_claim_utf8_or_nothing_but_are_not_still_decode_right() -> None:
    """Such pages are parsed as UTF-8 first; libxml2's complaint about the bytes sends them to
    the decoder instead, whatever the claim (a <meta>, the HTTP header, or none)."""
    for raw, charset in (
        (page("utf-8").encode("cp949"), None),
        (page(None).encode("cp949"), "utf-8"),
        (page(None).encode("cp949"), None),
    ):
        article = parse_article(raw, charset=charset, analyze=False)
        assert article.title == "제목입니다 테스트"
        assert TEXT.strip() in article.body


def test_utf8_with_a_few_broken_bytes_keeps_its_korean() -> None:
    raw = page("utf-8").encode("utf-8").replace("이날".encode(), b"\xff\xfe", 1)
    article = parse_article(raw, analyze=False)
    assert article.title == "제목입니다 테스트"
    assert "500여명이 참여했다" in article.body


def test_str_and_beautifulsoup_sources_give_the_same_article() -> None:
    from bs4 import BeautifulSoup

    html = page("euc-kr")
    from_bytes = parse_article(html.encode("utf-8"), analyze=False)
    from_str = parse_article(html, analyze=False)
    from_soup = parse_article(BeautifulSoup(html, "lxml"), analyze=False)
    assert from_bytes.to_dict() == from_str.to_dict() == from_soup.to_dict()


def test_other_source_types_are_a_type_error() -> None:
    import pytest

    with pytest.raises(TypeError, match="bytes, str or BeautifulSoup"):
        parse_article(12345, analyze=False)


def test_a_declared_codec_that_is_no_text_encoding_is_ignored() -> None:
    """Found by the property test: `<meta charset='uu'>` named Python's uu codec (bytes to bytes)."""
    page = "<html><head><meta charset='uu'></head><body><p>한국어 본문</p></body></html>".encode("cp949")
    text, codec = decode_html(page)
    assert "한국어 본문" in text and codec == "cp949"


def test_a_declared_codec_that_refuses_the_bytes_is_skipped() -> None:
    page = "<html><head><meta charset='idna'></head><body><p>한국어 본문</p></body></html>".encode("cp949")
    text, codec = decode_html(page)
    assert "한국어 본문" in text and codec == "cp949"
