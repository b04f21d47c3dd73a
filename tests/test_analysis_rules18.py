"""Unit tests of the rules added after the round-22 fresh samples (a parliamentary audit, a local
election, a stock market close, hospital staffing, a K League final, a rocket launch): the day
before (전날) never counts from a day still to come, a bare day joined to a dated one is in its
month, 하루 before a word of difference, a league's division, an assistant governor, pollsters."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from parsers.analysis import analyze_text

PUB = datetime(2026, 11, 29, 18, 0, tzinfo=timezone(timedelta(hours=9)))


def _analysis(text):
    return analyze_text(text, PUB)


def _dates(text):
    return [(d.text, d.value) for d in _analysis(text).dates]


def test_the_day_before_counts_from_a_day_told_not_one_to_come() -> None:
    assert _dates("시상식은 다음 달 3일 열린다. 앞서 전날 열린 최종전에서는 수원이 우승했다.") == [
        ("다음 달 3일", "2026-12-03"),
        ("전날", "2026-11-28"),
    ]
    # a day told before it still anchors the day before it
    assert _dates("개막전은 14일 열렸다. 선수단은 전날 입국했다.") == [
        ("14일", "2026-11-14"),
        ("전날", "2026-11-13"),
    ]


def test_a_bare_day_joined_to_a_dated_day_is_in_its_month() -> None:
    assert _dates("11위 팀은 다음 달 6일과 9일 승강 플레이오프를 치른다.") == [
        ("다음 달 6일", "2026-12-06"),
        ("9일", "2026-12-09"),
    ]


def test_one_day_before_a_word_of_difference_and_divisions() -> None:
    text = (
        "선거일 하루 전인 다음 달 2일이다. 발사가 하루 연기됐다. 하루 평균 5천명이 찾는다. "
        "3년 만에 1부 복귀를 확정했다. 신문 10만 부를 찍었다."
    )
    assert [(q.text, q.value, q.unit) for q in _analysis(text).quantities] == [
        ("하루", 1, "일"),
        ("하루", 1, "일"),
        ("5천명", 5000, "명"),
        ("3년", 3, "년"),
        ("10만 부", 100000, "부"),
    ]


def test_an_assistant_governor_and_a_pollster() -> None:
    analysis = _analysis(
        '한국은행 윤성민 부총재보는 "경계하겠다"고 말했다. 리얼미터에 따르면 지지율이 올랐다.'
    )
    people = [(e.canonical, e.title, e.affiliation) for e in analysis.entities if e.kind == "PERSON"]
    assert people == [("윤성민", "부총재보", "한국은행")]
    assert "리얼미터" in [e.canonical for e in analysis.entities if e.kind == "ORG"]


# round 23 (a wildfire, admissions, chip exports, a council budget, basketball, a food recall)


def test_game_clock_burns_and_four_year_colleges_are_no_quantities() -> None:
    text = (
        "4쿼터 종료 2분 30초 전 역전을 허용했다. 종료 48초 전 3점슛을 꽂았다. 대원 1명이 2도 화상을 입었다. "
        "전국 4년제 대학 193곳이 모집한다. 기온이 2도 올랐다. 살모넬라균이 2,300CFU 검출됐다. DDR4 8Gb 제품이다."
    )
    assert [(q.text, q.value, q.unit) for q in _analysis(text).quantities] == [
        ("1명", 1, "명"),
        ("193곳", 193, "곳"),
        ("2도", 2, "℃"),
        ("2,300CFU", 2300, "CFU"),
        ("8Gb", 8, "Gb"),
    ]


def test_a_range_of_days_and_a_month_in_the_year_its_sentence_names() -> None:
    assert _dates("협상 기간은 다음 달 1일부터 14일까지다.") == [
        ("다음 달 1일", "2026-12-01"),
        ("14일", "2026-12-14"),
    ]
    assert _dates(
        "발표는 내년 2월 6일까지, 추가 합격 통보는 2월 19일 오후 9시까지 마친다. 2월 3일 열렸다."
    ) == [
        ("내년 2월 6일", "2027-02-06"),
        ("2월 19일 오후 9시", "2027-02-19T21:00"),
        ("2월 3일", "2026-02-03"),  # a new sentence: the publish year again
    ]


def test_school_years_and_years_before_a_word_that_opens_with_dae() -> None:
    assert _dates("2028학년도 대입 시행계획을 낸다. 2024년 대선이 있었다. 2020년대 들어 늘었다.") == [
        ("2028학년도", "2028"),
        ("2024년", "2024"),
    ]


def test_an_earthquakes_magnitude_stands_before_its_number() -> None:
    text = "경주에서 규모 4.8의 지진이 발생했다. 규모 3.0 이상 지진은 12차례였다. 사업 규모 3조원이다."
    assert [(q.text, q.value, q.unit, q.bound) for q in _analysis(text).quantities] == [
        ("규모 4.8", 4.8, "규모", None),
        ("규모 3.0", 3, "규모", "at_least"),
        ("12차례", 12, "차례", None),
        ("3조원", 3000000000000, "원", None),
    ]


def test_a_part_of_a_month_is_read_with_it() -> None:
    assert _dates("6월 말 기준이다. 지난 1월 말 발표했다. 내년 2월 말 개막한다.") == [
        ("6월 말", "2026-06"),
        ("지난 1월 말", "2026-01"),
        ("내년 2월 말", "2027-02"),
    ]
