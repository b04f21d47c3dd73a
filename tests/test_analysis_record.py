"""The analysis record: lossless JSON round-trip, readable printing, DataFrames, Article integration."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from parsers.analysis import analyze_article, analyze_text
from parsers.record import Article, RecordError
from parsers.record.analysis import Analysis

KST = timezone(timedelta(hours=9))
TEXT = (
    "과학기술정보통신부(이하 과기정통부)는 6일 협약식을 열었다. 과기정통부 조경식 제2차관과 문용식 원장 등 500여명이 참석했다.\n\n"
    '조경식 제2차관은 "적극 지원하겠다"고 밝혔다. 올해 ‘데이터 댐’ 사업에는 5조 2천억원이 든다.'
)


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return analyze_text(TEXT, datetime(2021, 8, 6, tzinfo=KST))


def test_round_trip_through_json(analysis):
    data = json.loads(json.dumps(analysis.to_dict(), ensure_ascii=False))
    assert Analysis.from_dict(data) == analysis
    assert set(data) == {"sentences", "quantities", "dates", "entities", "quotes", "keywords"}


def test_every_kind_is_found(analysis):
    assert analysis.sentences and analysis.quantities and analysis.dates
    assert analysis.persons and analysis.orgs and analysis.quotes and analysis.keywords


def test_readable_printing(analysis):
    assert repr(analysis).startswith("Analysis(")
    text = str(analysis)
    assert "PERSON 조경식 (제2차관, 과학기술정보통신부)" in text
    assert "Quantity('500여명' = ≈500 명" in text


def test_article_round_trip_keeps_the_analysis(analysis):
    article = Article(title="제목", paragraphs=TEXT.split("\n\n"), published=datetime(2021, 8, 6, tzinfo=KST))
    analyze_article(article)
    assert article.analysis == analysis
    again = Article.from_json(article.to_json())
    assert again.analysis == analysis


def test_malformed_analysis_is_a_record_error():
    with pytest.raises(RecordError):
        Article.from_dict({"analysis": {"quantities": [{"text": "3개"}]}})
    with pytest.raises(RecordError):
        Article.from_dict({"analysis": {"entities": ["not an object"]}})


def test_empty_text():
    assert analyze_text("") == Analysis()
    assert analyze_text("  \n\n ") == Analysis()


def test_frames(analysis):
    pytest.importorskip("pandas")
    frames = analysis.to_frames()
    assert set(frames) == set(Analysis.KINDS)
    assert list(frames["quantities"]["text"]) == [q.text for q in analysis.quantities]
    assert "n_mentions" in frames["entities"].columns
    assert len(Analysis().to_frames()["entities"]) == 0
