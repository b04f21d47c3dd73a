"""Unit tests of the rules added after the round-13 fresh samples (stocks, heat wave, strike,
gadget, verdict, housing) and round 14 (fire, rates, K-pop, fisheries, missile, research): parts
of this month, the same month a year before, a company Kiwi reads as an adverb, a short name in
brackets between a body and a title, units, native ages in two tokens, Japan's ministries."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from parsers.analysis import analyze_text

PUB = datetime(2026, 10, 14, 9, 0, tzinfo=timezone(timedelta(hours=9)))


def _analysis(text):
    return analyze_text(text, PUB)


def test_parts_of_this_month_and_the_same_month_a_year_before() -> None:
    text = "이달 초 발표했다. 이달 말까지 이어진다. 이달 중순에는 지난해 같은 달보다 올랐다. 지난해 실적이다."
    assert [(d.text, d.value) for d in _analysis(text).dates] == [
        ("이달 초", "2026-10"),
        ("이달 말", "2026-10"),
        ("이달 중순", "2026-10"),
        ("지난해 같은 달", "2025-10"),
        ("지난해", "2025"),
    ]


def test_a_company_kiwi_reads_as_an_adverb_and_a_short_name_in_brackets() -> None:
    text = (
        '한결투자증권의 김도윤 투자전략팀장은 "돌아오고 있다"고 말했다. '
        '오승민 대영투자증권(대영증권) 리서치센터장은 "금액이 크다"고 말했다.'
    )
    people = {e.canonical: (e.title, e.affiliation) for e in _analysis(text).entities if e.kind == "PERSON"}
    assert people == {
        "김도윤": ("투자전략팀장", "한결투자증권"),
        "오승민": ("리서치센터장", "대영투자증권"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "6.9인치 화면에 2억 화소 카메라를 넣었다.",
            [("6.9인치", 6.9, "인치"), ("2억 화소", 200000000, "화소")],
        ),
        ("5천500mAh 배터리다. 17만4천㎥ 규모다.", [("5천500mAh", 5500, "mAh"), ("17만4천㎥", 174000, "㎥")]),
        ("3~5줄로 요약한다.", [("3~5줄", 3, "줄")]),
        (
            "기준금리를 25bp 내렸다. 선폭 20나노미터 공정이다.",
            [("25bp", 25, "bp"), ("20나노미터", 20, "나노미터")],
        ),
        ("마흔세 살 남성과 여덟 살 아이가 다쳤다.", [("마흔세 살", 43, "세"), ("여덟 살", 8, "세")]),
    ],
)
def test_quantities_of_round_thirteen(text: str, expected: list[tuple]) -> None:
    assert [(q.text, q.value, q.unit) for q in _analysis(text).quantities] == expected


def test_a_japanese_ministry_is_one_body_by_either_name() -> None:
    text = '일본 방위성은 "강하게 항의했다"고 밝혔다. 방위성은 분석을 이어갔다.'
    analysis = _analysis(text)
    orgs = {e.canonical: e.aliases for e in analysis.entities if e.kind == "ORG"}
    assert list(orgs) == ["일본 방위성"] and "방위성" in orgs["일본 방위성"]
    assert [q.speaker for q in analysis.quotes] == ["일본 방위성"]
