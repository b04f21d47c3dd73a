"""Unit tests of the rules added after the round-12 fresh samples (football, earnings,
prosecution, typhoon, box office, assembly): the day a text calls 이날 or 전날, names written with
씨, registered names of legal persons, short names that drop 한국, swallowed particles, names
Kiwi reads as a verb, committee chairs, units of speed, goals counted in words."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from parsers.analysis import analyze_text

PUB = datetime(2026, 2, 16, 9, 30, tzinfo=timezone(timedelta(hours=9)))


def _analysis(text):
    return analyze_text(text, PUB)


def _dates(text):
    return [(d.text, d.value) for d in _analysis(text).dates]


def _people(text):
    return {e.canonical: (e.title, e.affiliation) for e in _analysis(text).entities if e.kind == "PERSON"}


def _orgs(text):
    return {e.canonical: e.aliases for e in _analysis(text).entities if e.kind == "ORG"}


def test_this_day_is_the_day_named_just_before_or_the_day_the_article_leads_with() -> None:
    text = (
        "16일 통합전산망에 따르면 영화는 전날 하루 41만명을 동원했다. 연휴 첫날인 14일에는 "
        "좌석판매율 42.6%를 기록했다. 이날 하루 관객은 45만여명이다.\n\n"
        "기상청에 따르면 9일부터 이날 오전 6시까지 비가 왔다.\n\n국회는 이날 법안을 처리했다."
    )
    assert _dates(text) == [
        ("16일", "2026-02-16"),
        ("전날", "2026-02-15"),
        ("14일", "2026-02-14"),
        ("이날", "2026-02-14"),
        ("9일", "2026-02-09"),
        ("이날 오전 6시", "2026-02-16T06:00"),  # 9일 opens a span: the article's own day
        ("이날", "2026-02-16"),  # another paragraph: the article's own day
    ]


def test_a_run_of_days_is_a_length_not_a_date() -> None:
    analysis = _analysis("지난 4일 개봉 이후 12일 연속 정상을 지켰다.")
    assert [d.text for d in analysis.dates] == ["지난 4일"]
    assert [(q.text, q.value, q.unit) for q in analysis.quantities] == [("12일", 12, "일")]


def test_a_name_with_ssi_glued_and_the_body_before_its_title() -> None:
    people = _people("서해도시개발공사 본부장 최명수씨를 구속기소하고, 해송건설 대표 강동훈씨를 기소했다.")
    assert people == {"최명수": ("본부장", "서해도시개발공사"), "강동훈": ("대표", "해송건설")}


def test_a_law_firm_goes_by_its_registered_name() -> None:
    text = '변호인인 법무법인 율현의 김다솜 변호사는 "다투겠다"고 밝혔다.'
    assert _orgs(text) == {"법무법인 율현": ["율현"]}
    assert _people(text)["김다솜"] == ("변호사", "법무법인 율현")


def test_a_short_name_may_drop_the_national_prefix() -> None:
    text = "한국프로축구연맹(프로연맹)에 따르면 포항이 이겼다. 프로연맹은 한승우를 선정했다."
    assert _orgs(text) == {"한국프로축구연맹": ["프로연맹"]}


def test_a_province_with_its_particle_read_into_it() -> None:
    text = "전남도는 예비비 50억원을 투입하기로 했고, 경남도도 재난관리기금 30억원을 풀기로 했다."
    assert set(_orgs(text)) == {"전라남도", "경상남도"}


def test_a_name_kiwi_reads_as_a_verb_before_a_title() -> None:
    assert _people("박찬우 전남지사는 고흥을 찾았다.") == {"박찬우": ("전남지사", "전라남도")}


def test_a_committee_chair_belongs_to_the_committee() -> None:
    text = "법안은 보건복지위원회(복지위)를 통과했다. 이재은 보건복지위원장은 설명했다."
    assert _people(text)["이재은"] == ("보건복지위원장", "보건복지위원회")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("순간 최대풍속은 38.2m/s가 관측됐다.", [("38.2m/s", 38.2, "m/s")]),
        ("포항은 두 골 차로 달아났다.", [("두 골", 2, "골")]),
        ("그는 스무 살이다.", [("스무 살", 20, "세")]),
        (
            "물동량은 2천480만TEU로 늘었다. 1만 3천TEU급 선박이다.",
            [("2천480만TEU", 24800000, "TEU"), ("1만 3천TEU", 13000, "TEU")],
        ),
        ("K9 자주포 36문을 공급한다. 하루 한 알씩 먹는다.", [("36문", 36, "문"), ("한 알", 1, "알")]),
    ],
)
def test_quantities_of_round_twelve(text: str, expected: list[tuple]) -> None:
    assert [(q.text, q.value, q.unit) for q in _analysis(text).quantities] == expected
