"""Unit tests of the rules added after the round-7 fresh samples (defence, court, startup, farm,
entertainment, environment) and round 8 (disaster, transport, labour, housing, medicine, space):
counters and durations, day words, generations, agencies and platforms, names withheld, names
introduced by the word before them, quotes said by an agency's common noun, topics before clause
subjects, a listed name Kiwi splits after a prefix, coordinated companies, brands, long titles."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from parsers.analysis import analyze_text

PUB = datetime(2026, 2, 12, 10, 0, tzinfo=timezone(timedelta(hours=9)))


def _analysis(text):
    return analyze_text(text, PUB)


def _quantities(text):
    return [(q.text, q.value, q.unit, q.bound) for q in _analysis(text).quantities]


def _people(text):
    return {e.canonical: (e.title, e.affiliation) for e in _analysis(text).entities if e.kind == "PERSON"}


def _speakers(text):
    return [q.speaker for q in _analysis(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("약 15분 간격으로 모두 4발을 발사했다.", [("15분", 15, "분", None), ("4발", 4, "발", None)]),
        ("징역 3년에 집행유예 5년을 선고했다.", [("3년", 3, "년", None), ("5년", 5, "년", None)]),
        ("열대야가 19.2일 나타났다.", [("19.2일", 19.2, "일", None)]),
        (
            "공연은 이틀 동안 열렸고 열흘 넘게 이어졌다.",
            [("이틀", 2, "일", None), ("열흘", 10, "일", "at_least")],
        ),
        (
            "모두 27곡을 불렀다. 농도는 431.2ppm이었다.",
            [("27곡", 27, "곡", None), ("431.2ppm", 431.2, "ppm", None)],
        ),
        ("4세대 아이돌의 대표주자다. 1,250세대가 입주한다.", [("1,250세대", 1250, "세대", None)]),
        ("이산화탄소는 한번 배출되면 남는다.", []),
        ("배추를 2천톤 팔았다.", [("2천톤", 2000, "톤", None)]),
    ],
)
def test_quantities_of_round_seven(text: str, expected: list[tuple]) -> None:
    assert _quantities(text) == expected


def test_a_decimal_day_is_no_date() -> None:
    assert [d.text for d in _analysis("열대야도 평년의 3배가 넘는 19.2일 나타났다.").dates] == []


def test_names_withheld_and_names_introduced() -> None:
    assert _people("청림세미콘 전 대표 박모(58)씨와 박모 대표는 혐의를 부인했다.") == {}
    people = _people('리더 태온은 "생생하다"고 말했다. 멤버 리오는 눈물을 보였다. 주민 자부담은 10%다.')
    assert people == {"태온": ("리더", None), "리오": (None, None)}


def test_a_listed_body_kiwi_splits_after_a_prefix() -> None:
    assert _people("대법원 2부(주심 한서경 대법관)는 원심을 확정했다.") == {"한서경": ("대법관", "대법원")}


def test_an_alias_declared_after_a_line_break() -> None:
    text = '북한이 미사일을 쐈다.\n\n합동참모본부(합참)에 따르면 4발이다. 합참은 "실시간으로 추적했다"고 설명했다.'
    assert _speakers(text) == ["합동참모본부"]


def test_quotes_of_agencies_and_topics() -> None:
    text = (
        '북한 관영 조선중앙통신은 12일 미사일총국이 시험을 진행했다며 "목표를 타격했다"고 보도했다. '
        '통신은 "요격망도 뚫을 수 있다"고 주장했다. 주한미군은 "위협이 아니다"면서도 "공약은 철통같다"고 밝혔다. '
        '감축론과 관련해서는 "병력 수준에 변화가 없다"고 덧붙였다.'
    )
    assert _speakers(text) == ["조선중앙통신"] * 2 + ["주한미군"] * 3


# after round 8 --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("시간당 98㎜의 비가 퍼부었다.", [("98㎜", 98, "mm", None)]),
        ("열차가 최대 87분까지 늦게 도착했다.", [("87분", 87, "분", "at_most")]),
        ("고속열차 46편성을 점검했다.", [("46편성", 46, "편성", None)]),
    ],
)
def test_quantities_of_round_eight(text: str, expected: list[tuple]) -> None:
    assert _quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "title", "affiliation"),
    [
        ('강현철 노조 위원장은 "몫이 적다"고 말했다.', "강현철", "위원장", None),
        ("부동산R114 윤지수 리서치팀장은 분석했다.", "윤지수", "리서치팀장", "부동산R114"),
        ("정명수 충남지사는 대피를 지시했다.", "정명수", "충남지사", "충청남도"),
        (
            "항우연 박종혁 누리호고도화사업단장은 말했다.",
            "박종혁",
            "누리호고도화사업단장",
            "한국항공우주연구원",
        ),
        ("우주항공청 이정호 우주수송부문장은 밝혔다.", "이정호", "우주수송부문장", "우주항공청"),
    ],
)
def test_people_of_round_eight(text: str, name: str, title: str, affiliation: str | None) -> None:
    assert _people(text)[name] == (title, affiliation)


def test_coordinated_companies_and_guessed_names() -> None:
    orgs = {
        e.canonical
        for e in _analysis(
            "도요타와 히타치 등 일본 기업이 참여한다. 하이브 산하 레이블 빌리프랩의 신인."
        ).entities
        if e.kind == "ORG"
    }
    assert {"히타치", "빌리프랩"} <= orgs
    assert "오사카" not in _people("오사카는 관광객으로 붐볐다고 말했다.")


def test_the_second_word_of_a_two_word_club_is_the_club() -> None:
    text = "프로농구 안양 정관장이 서울 SK를 81-77로 눌렀다. 감독과 선수들은 리바운드 경기에서 이겼다."
    assert "정관장" not in _people(text)


# after round 9 --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("조 후보(3천906표·38.2%)를 따돌렸다.", [("3천906표", 3906, "표", None), ("38.2%", 38.2, "%", None)]),
        ("벤조피렌이 2.4mg/kg 검출됐다.", [("2.4mg/kg", 2.4, "mg/kg", None)]),
        ("제품 3만 2천여봉을 회수했다.", [("3만 2천여봉", 32000, "봉", None)]),
    ],
)
def test_quantities_of_round_nine(text: str, expected: list[tuple]) -> None:
    assert _quantities(text) == expected


def test_a_demonstrative_points_back_to_the_body_last_named() -> None:
    text = "세브란스병원은 사정이 나은 편이다. 이 병원 심장혈관외과 이수현 교수는 분위기를 전했다."
    assert _people(text)["이수현"] == ("교수", "세브란스병원")
