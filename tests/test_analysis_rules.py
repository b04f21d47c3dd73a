"""Unit tests of the rules added after the round-2 fresh samples: ordinal and age-group uses of
`N대`, innings, signs, durations without a marker; people without titles, one-word foreign names,
companies named by context, clubs named by their city."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from parsers.analysis import analyze_text

PUB = datetime(2024, 10, 20, 21, 0, tzinfo=timezone(timedelta(hours=9)))


def _quantities(text):
    return [(q.value, q.unit, q.kind) for q in analyze_text(text, PUB).quantities]


# quantities --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "22대 국회 들어 세 번째 개편안이다.",
        "그는 18대 총선 때부터 활동했다.",
        "19대 대통령 선거가 치러졌다.",
        "KIA는 7회말 2루타로 승부를 갈랐다.",
        "9회초 수비에서 실책이 나왔다.",
    ],
)
def test_ordinal_uses_are_not_quantities(text):
    assert _quantities(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("40대 남성 A씨를 구속했다.", (40, "대", "age")),
        ("피해자 가운데 60대 이상이 절반이다.", (60, "대", "age")),
        ("20대와 30대 유권자가 늘었다.", (20, "대", "age")),
        ("20대와 30대 유권자가 늘었다.", (30, "대", "age")),
    ],
)
def test_age_groups(text, want):
    assert want in _quantities(text)


def test_machines_stay_a_count():
    assert (100, "대", "count") in _quantities("시제품 100대를 만들어 공급한다.")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("20년째 분식집을 운영한다.", (20, "년", "duration")),
        ("징역 15년을 선고받았다.", (15, "년", "duration")),
        ("피해 인정 1년이 지나도록 돌려받지 못했다.", (1, "년", "duration")),
        ("상용화까지 5년 정도 걸릴 것이다.", (5, "년", "duration")),
        ("표본오차는 ±3.1%포인트다.", (3.1, "%p", "percent")),
        ("영하 270도까지 냉각한다.", (-270, "℃", "measure")),
    ],
)
def test_durations_signs_and_below_zero(text, want):
    assert want in _quantities(text)


def test_a_year_is_still_a_date():
    assert _quantities("2015년을 돌아본다.") == []


# entities ----------------------------------------------------------------------------------------
def _entities(text):
    return {(e.kind, e.canonical, e.title, e.affiliation) for e in analyze_text(text, PUB).entities}


def test_korean_name_without_title():
    got = _entities("포항은 후반 41분 정승훈이 만회골을 넣었다. 김도영은 이날 3안타를 기록했다.")
    assert ("PERSON", "정승훈", None, None) in got and ("PERSON", "김도영", None, None) in got


def test_places_and_titles_are_not_bare_names():
    got = _entities("이재영 수원시장은 백두산은 높다고 말했다.")
    assert {e[1] for e in got if e[0] == "PERSON"} == {"이재영"}


def test_honorific_is_no_title():
    assert ("PERSON", "이수빈", None, None) in _entities('직장인 이수빈 씨는 "어렵다"고 말했다.')


def test_one_word_foreign_name():
    got = _entities("승리의 주역은 공격수 티아고였다. 마르코는 침착하게 골을 넣었다.")
    assert ("PERSON", "티아고", "공격수", None) in got and ("PERSON", "마르코", None, None) in got


def test_foreign_word_said_of_a_company_is_no_person():
    got = _entities("에이블리도 이날 이용자가 늘었다고 밝혔다.")
    assert not any(e[0] == "PERSON" for e in got)


def test_company_by_context():
    got = _entities("큐비랩 측은 시제품을 공급하겠다고 밝혔다. 노바큐브는 신제품을 출시했다.")
    assert ("ORG", "큐비랩", None, None) in got and ("ORG", "노바큐브", None, None) in got


def test_company_after_a_classifier_ending():
    got = _entities("여론조사업체 한빛리서치가 조사했다. 법무법인 새길의 정태윤 변호사는 말했다.")
    assert ("ORG", "한빛리서치", None, None) in got and ("ORG", "법무법인 새길", None, None) in got


def test_proper_noun_just_before_name_and_title_is_the_affiliation():
    got = _entities("새한국당 박무열 원내대표는 반대했다.")
    assert ("PERSON", "박무열", "원내대표", "새한국당") in got and ("ORG", "새한국당", None, None) in got


def test_bundled_platforms():
    assert ("ORG", "토스", None, None) in _entities("한편 토스는 이날 서비스를 내놓았다.")


SPORT = "프로축구 울산이 포항을 꺾었다. 울산은 홈 경기에서 포항에 3-1로 이겼다. 울산 김판곤 감독은 기뻐했다."


def test_clubs_named_by_their_city_in_a_sports_article():
    a = analyze_text(SPORT + " 선수들은 울산에서 훈련한다.", PUB)
    assert {e.canonical for e in a.orgs} == {"울산 HD", "포항 스틸러스"}
    assert a.entity("울산 HD") is not None and len(a.entity("울산 HD").mentions) == 3
    assert ("PERSON", "김판곤", "감독", "울산 HD") in {
        (p.kind, p.canonical, p.title, p.affiliation) for p in a.persons
    }
    assert any(e.kind == "LOCATION" and e.canonical == "울산" for e in a.entities)  # 울산에서


def test_city_outside_sport_stays_a_place():
    got = _entities("울산은 공업 도시다. 포항의 인구가 줄었다.")
    assert ("LOCATION", "울산", None, None) in got and not any(e[0] == "ORG" for e in got)
