"""Unit tests of the rules added after the round-3 fresh samples: `1인 시위`, `N대` of ranking,
`N시즌`, native numerals Kiwi tags NR; parties by their ending, affiliation through a sub-unit, a
role said with `인`, `같은 당` and `소속`; two-word foreign names after an organisation or before a
country; names Kiwi guesses as one common noun; groups introduced by `보이그룹`."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from parsers.analysis import analyze_text

PUB = datetime(2025, 4, 8, 10, 0, tzinfo=timezone(timedelta(hours=9)))


def _quantities(text):
    return [(q.value, q.unit, q.kind) for q in analyze_text(text, PUB).quantities]


def _people(text):
    return {
        e.canonical: (e.title, e.affiliation) for e in analyze_text(text, PUB).entities if e.kind == "PERSON"
    }


def _orgs(text):
    return {e.canonical for e in analyze_text(text, PUB).entities if e.kind == "ORG"}


# quantities --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "회원들은 국회 앞에서 1인 시위를 이어갔다.",
        "교사들은 릴레이 1인 시위를 벌였다.",
        "1인 가구가 빠르게 늘고 있다.",
        "도는 청년 정착 3대 프로젝트를 발표했다.",
        "정부는 5대 과제를 제시했다.",
        "100대 기업의 투자 계획을 조사했다.",
        "2024시즌 개막전이 열렸다.",
    ],
)
def test_kinds_and_rankings_are_not_quantities(text):
    assert _quantities(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("윤재민은 데뷔 2시즌 만에 첫 골을 넣었다.", (2, "시즌", "duration")),
        ("그는 두 시즌 연속 우승했다.", (2, "시즌", "duration")),
        ("생후 6세까지 다섯 차례 접종해야 한다.", (5, "차례", "count")),
        ("차량 3대가 부딪혔다.", (3, "대", "count")),
        ("20대 사업자가 늘었다.", (20, "대", "age")),
    ],
)
def test_seasons_native_numerals_and_counts(text, want):
    assert want in _quantities(text)


def test_one_person_is_still_counted_without_a_kind_noun():
    assert (1, "인", "count") in _quantities("심사위원 1인이 기권했다.")


# organisations and affiliations -------------------------------------------------------------------
def test_a_proper_noun_ending_in_dang_is_a_party():
    text = "새한국당 원내수석부대표인 서도윤 의원은 반대했다. 노은채 의원(민생당·전주3)은 찬성했다."
    assert {"새한국당", "민생당"} <= _orgs(text)


def test_a_role_said_with_in_gives_the_organisation_before_it():
    text = '새한국당 원내수석부대표인 서도윤 의원은 "법안 처리를 막고 있다"고 맞섰다.'
    assert _people(text)["서도윤"] == ("의원", "새한국당")


def test_same_party_is_the_party_named_before():
    text = "새한국당 서도윤 의원은 찬성했다. 그러나 같은 당 원로인 배인철 전 의원은 반대했다."
    assert _people(text)["배인철"][1] == "새한국당"


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        ("수원시의회 문화체육교육위원회 소속 장하은 시의원은 지적했다.", "장하은", "수원시의회"),
        ("전북도의회 행정자치위원회 소속 노은채 의원은 지적했다.", "노은채", "전북특별자치도의회"),
        ("참여연대 의정감시센터 허윤정 소장은 제안했다.", "허윤정", "참여연대"),
    ],
)
def test_a_sub_unit_gives_the_outer_body(text, name, body):
    assert _people(text)[name][1] == body


def test_an_unknown_proper_noun_before_sojok_is_the_organisation():
    text = '싱크탱크 애틀랜틱카운슬 소속 제임스 웰링턴 선임연구원은 "유럽이 공백을 메우고 있다"고 분석했다.'
    assert _people(text)["제임스 웰링턴"] == ("선임연구원", "애틀랜틱카운슬")
    assert "애틀랜틱카운슬" in _orgs(text)


def test_an_introduced_company_of_four_syllables_is_the_affiliation():
    text = '입시업체 진학나라 소태오 평가연구소장은 "재수생 유입이 줄었다"고 분석했다.'
    assert "진학나라" in _orgs(text)
    assert _people(text)["소태오"] == ("평가연구소장", "진학나라")


def test_a_group_introduced_by_boy_group_is_an_organisation():
    orgs = _orgs("가요계에서는 보이그룹 루나틱스가 데뷔 4년 만에 월드투어에 나선다.")
    assert "루나틱스" in orgs and "보이그룹" not in orgs


# people ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("다니엘 오코너 아일랜드 외무장관이 제안했다.", "다니엘 오코너", "외무장관"),
        ("마르타 코발치크 폴란드 총리는 약속했다.", "마르타 코발치크", "총리"),
        ("미국 국무부 라일라 하산 대변인이 밝혔다.", "라일라 하산", "대변인"),
    ],
)
def test_two_word_foreign_names(text, name, title):
    assert _people(text)[name][0] == title


def test_the_family_name_of_a_foreign_person_is_a_later_mention():
    text = '다니엘 오코너 아일랜드 외무장관이 제안했다. 오코너는 "지금 시작해야 한다"고 말했다.'
    people = [e for e in analyze_text(text, PUB).entities if e.kind == "PERSON"]
    assert [p.canonical for p in people] == ["다니엘 오코너"]
    assert len(people[0].mentions) == 2


def test_a_name_kiwi_guesses_as_one_common_noun():
    people = _people('도와 함께 정현우 전주시장은 "주거비를 지원하겠다"고 했다.')
    assert people.get("정현우") == ("전주시장", "전주시")


def test_a_common_word_before_a_title_is_no_name():
    assert _people("소비자 대표는 반대했다. 전문가 위원은 찬성했다.") == {}
