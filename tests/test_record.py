"""The Article record: lossless JSON round trip, its JSON Schema, and safe notebook rendering."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from importlib import resources

import jsonschema
import pytest

from parsers import Article, Image, RecordError

KST = timezone(timedelta(hours=9))


def sample_article() -> Article:
    return Article(
        url="https://example.co.kr/news/articleView.html?idxno=1",
        canonical_url="https://example.co.kr/news/articleView.html?idxno=1",
        site="example.co.kr",
        outlet="예시일보",
        title="과기정통부, <script>alert(1)</script> 협약식",
        subtitles=["부제 하나", "부제 둘"],
        authors=["이성헌"],
        emails=["lee@example.co.kr"],
        published=datetime(2021, 8, 6, 17, 55, 23, tzinfo=KST),
        modified=None,
        section="IT",
        paragraphs=["첫 문단입니다.", "둘째 문단 <img src=x onerror=alert(1)>."],
        images=[Image(url="https://example.co.kr/a.jpg", caption="사진 설명")],
        tags=["AI"],
        profile="ndsoft",
        warnings=["profile drift: x"],
    )


def test_round_trip_is_lossless() -> None:
    article = sample_article()
    again = Article.from_json(article.to_json())
    assert again == article
    assert again.to_dict() == article.to_dict()
    assert again.published.utcoffset() == timedelta(hours=9)


def test_body_is_derived_from_paragraphs() -> None:
    article = sample_article()
    assert article.body == "첫 문단입니다.\n\n둘째 문단 <img src=x onerror=alert(1)>."
    assert article.to_dict()["body"] == article.body


def test_to_dict_matches_the_json_schema() -> None:
    schema = json.loads(
        resources.files("parsers").joinpath("record", "article.schema.json").read_text("utf-8")
    )
    jsonschema.validate(sample_article().to_dict(), schema)
    jsonschema.validate(Article().to_dict(), schema)


def test_newer_schema_or_wrong_shape_is_a_clear_error() -> None:
    data = sample_article().to_dict()
    data["schema_version"] = 99
    with pytest.raises(RecordError, match="newer"):
        Article.from_dict(data)
    with pytest.raises(RecordError, match="JSON object"):
        Article.from_dict(["not", "a", "record"])
    with pytest.raises(RecordError, match="malformed"):
        Article.from_dict({"images": [{"caption": "no url"}]})


def test_html_rendering_escapes_everything_from_the_page() -> None:
    rendered = sample_article()._repr_html_()
    assert "<script>" not in rendered and "<img" not in rendered
    assert "&lt;script&gt;" in rendered


def test_repr_is_one_readable_line() -> None:
    text = repr(sample_article())
    assert text.startswith("Article(title=")
    assert "2 paragraphs" in text and "profile='ndsoft'" in text and "\n" not in text


def test_the_public_face_is_small_and_extraction_alone_never_imports_kiwi() -> None:
    import subprocess
    import sys

    code = (
        "import sys, parsers\n"
        "page = '<html><body><h1>제목입니다 제목</h1><p>' + '정부는 6일 새 정책을 발표했다고 밝혔다. ' * 5 + '</p></body></html>'\n"
        "parsers.parse_article(page.encode(), analyze=False)\n"
        "print('kiwipiepy' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
    import parsers

    assert callable(parsers.analyze_text) and callable(parsers.parse_articles)
    assert callable(parsers.iter_warc_articles)


def test_an_analysed_article_matches_the_json_schema() -> None:
    import json
    from importlib import resources

    import jsonschema

    from parsers import analyze_text
    from parsers.record import Article

    text = '과학기술정보통신부(이하 과기정통부)는 6일 상생협약식을 개최했다. 조경식 제2차관은 "적극 지원하겠다"고 밝혔다. 3만 1000여명이 참여했다.'
    article = Article(title="제목", paragraphs=[text])
    article.analysis = analyze_text(article.body)
    schema = json.loads(
        resources.files("parsers").joinpath("record", "article.schema.json").read_text("utf-8")
    )
    jsonschema.validate(article.to_dict(), schema)
    assert article.analysis.quantities and article.analysis.entities and article.analysis.quotes
