"""Unit tests of the rules added after the round-20 fresh samples (insurance, power demand, car
sales, games, immigration, a marathon): foreign names of two words before an age, short names
that drop a national prefix, doctors' and pharmacists' associations, lengths of days before a
bound, units written as one compatibility character, and 이날 after a day that only describes;
and after round 21 (airlines, shipbuilding, tax, birth rate, badminton, broadcasting): players
listed with `이상` in the last bracket, ship tonnage, parking spaces, stages."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from parsers.analysis import analyze_text

PUB = datetime(2026, 1, 20, 15, 0, tzinfo=timezone(timedelta(hours=9)))


def _analysis(text):
    return analyze_text(text, PUB)


def _people(text):
    return [e.canonical for e in _analysis(text).entities if e.kind == "PERSON"]


def test_two_proper_nouns_before_an_age_are_one_foreign_name() -> None:
    assert _people("2위 게타뉴 베켈레(30·에티오피아)를 38초 차로 따돌렸다.") == ["게타뉴 베켈레"]
    assert _people('네팔 출신 라즈 구룽(31)씨는 "월급을 받지 못했다"고 말했다.') == ["라즈 구룽"]
    # a Korean name after a place stays alone
    assert _people('안산 김철수(45)씨는 "힘들다"고 말했다.') == ["김철수"]


def test_a_short_name_may_drop_the_national_prefix() -> None:
    analysis = _analysis(
        "한국전력거래소(전력거래소)에 따르면 수요가 늘었다. 대한육상연맹(육상연맹)은 대표를 뽑는다. "
        '육상연맹 관계자는 "확정적"이라고 말했다.'
    )
    orgs = {e.canonical: e.aliases for e in analysis.entities if e.kind == "ORG"}
    assert orgs == {"한국전력거래소": ["전력거래소"], "대한육상연맹": ["육상연맹"]}
    assert [q.speaker for q in analysis.quotes] == ["대한육상연맹"]


def test_doctors_and_pharmacists_associations() -> None:
    analysis = _analysis('대한정형외과의사회 관계자는 "환자"라고 말했다. 대한약사회는 반대했다.')
    assert [e.canonical for e in analysis.entities if e.kind == "ORG"] == ["대한정형외과의사회", "대한약사회"]


def test_days_before_a_bound_are_a_length_and_units_in_one_character() -> None:
    text = (
        "체류 기간이 90일을 초과해 등록했다. 3일 이상 걸렸다. 15일 이후 열린다. 순위를 네 계단 끌어올렸다. "
        "수요는 9만 6,850㎿였다. 5㏊를 샀다. 42.195㎞를 달렸다."
    )
    analysis = _analysis(text)
    assert [(q.text, q.value, q.unit, q.bound) for q in analysis.quantities] == [
        ("90일", 90, "일", "at_least"),
        ("3일", 3, "일", "at_least"),
        ("네 계단", 4, "계단", None),
        ("9만 6,850㎿", 96850, "MW", None),
        ("5㏊", 5, "ha", None),
        ("42.195㎞", 42.195, "km", None),
    ]
    assert [(d.text, d.value) for d in analysis.dates] == [("15일", "2026-01-15")]


def test_this_day_skips_a_day_that_only_describes_a_noun() -> None:
    text = (
        "20일 오전 10시 최대 전력 수요는 종전 최고치인 지난해 1월 9일의 기록보다 많았다. "
        "이날 서울의 아침 최저기온은 영하 14.2도였다."
    )
    dates = [(d.text, d.value) for d in _analysis(text).dates]
    assert dates == [
        ("20일 오전 10시", "2026-01-20T10:00"),
        ("지난해 1월 9일", "2025-01-09"),
        ("이날", "2026-01-20"),
    ]


def test_ise_in_the_last_bracket_gives_the_club_to_everyone_listed() -> None:
    analysis = _analysis(
        "세계랭킹 3위 강민호(27)-윤태준(25·이상 김천시청) 조가 우승했다. "
        "김철수(30)-이영희(28·한빛건설) 조는 졌다."
    )
    people = {e.canonical: e.affiliation for e in analysis.entities if e.kind == "PERSON"}
    assert people == {"강민호": "김천시청", "윤태준": "김천시청", "김철수": None, "이영희": "한빛건설"}


def test_tonnage_parking_spaces_and_stages() -> None:
    text = (
        "수주량은 412만CGT였다. 임시 주차면 3,500면을 더 확보했다. 유류할증료는 두 단계 낮아졌다. "
        "거리두기를 3단계로 올렸다."
    )
    assert [(q.text, q.value, q.unit) for q in _analysis(text).quantities] == [
        ("412만CGT", 4120000, "CGT"),
        ("3,500면", 3500, "면"),
        ("두 단계", 2, "단계"),
    ]
