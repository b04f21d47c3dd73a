"""Unit tests of the rules added after the round-31 fresh samples (a museum's exhibition, a city's
childcare plan, container freight rates): a firm named after its kind with 인, a route read as no
name, last year's same month and a day of the same month in the month told before, a pair."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from parsers.analysis import analyze_text

PUB = datetime(2025, 8, 22, 14, 5, tzinfo=timezone(timedelta(hours=9)))


def _analysis(text):
    return analyze_text(text, PUB)


def _entities(text, kind=None):
    return {e.canonical: e for e in _analysis(text).entities if kind is None or e.kind == kind}


def test_a_firm_named_after_its_kind_with_in_is_an_organisation() -> None:
    assert "해랑해운" in _entities("국내 최대 원양 컨테이너선사인 해랑해운이 다음 달 운임을 올린다.", "ORG")
    # a title before a name with 인 is no kind of firm
    assert _entities("회장인 김철수씨는 말했다.", "ORG") == {}


def test_a_route_bound_for_a_place_is_no_persons_name() -> None:
    people = _entities("북유럽행은 3,460달러로 떨어졌고, 미주 서안행은 2,310달러를 기록했다.", "PERSON")
    assert "서안행" not in people
    # Kiwi may end a name with a bound noun (김/NNP 상/NNG 호/NNB): still a name
    assert "김상호" in _entities("30년째 마늘 농사를 짓는 김상호(68)씨는 웃었다.", "PERSON")


def test_last_years_same_month_is_the_month_told_before_a_year_earlier() -> None:
    dates = [
        (d.text, d.value)
        for d in _analysis("지난달 부산항 처리량은 211만TEU로 지난해 같은 달보다 3.1% 늘었다.").dates
    ]
    assert dates == [("지난달", "2025-07"), ("지난해 같은 달", "2024-07")]
    alone = [(d.text, d.value) for d in _analysis("매출은 지난해 같은 달보다 늘었다.").dates]
    assert alone == [("지난해 같은 달", "2024-08")]


def test_a_day_of_the_same_month_is_in_the_month_told_before() -> None:
    dates = [
        (d.text, d.value)
        for d in _analysis("오는 10월 1일부터 신청을 받아 같은 달 25일 첫 지급이 이뤄진다.").dates
    ]
    assert dates == [("오는 10월 1일", "2025-10-01"), ("같은 달 25일", "2025-10-25")]


def test_a_pair_is_counted() -> None:
    assert [
        (q.text, q.value, q.unit) for q in _analysis("금귀걸이 한 쌍 등 12점이 처음 공개된다.").quantities
    ] == [
        ("한 쌍", 1, "쌍"),
        ("12점", 12, "점"),
    ]
