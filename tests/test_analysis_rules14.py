"""Unit tests of the rules added after the round-15 fresh samples (golf, a county budget, an
election poll, a satellite, e-commerce, an exhibition): native numbers of two words written
together, golf's counters, numbers that name (18번 홀), durations after 간 and before a copula,
people introduced with their age or country, a Korean American's name, declared acronyms."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from parsers.analysis import analyze_text

PUB = datetime(2026, 4, 13, 9, 0, tzinfo=timezone(timedelta(hours=9)))


def _analysis(text):
    return analyze_text(text, PUB)


def _quantities(text):
    return [(q.text, q.value, q.unit) for q in _analysis(text).quantities]


def _people(text):
    return {e.canonical: (e.title, e.affiliation) for e in _analysis(text).entities if e.kind == "PERSON"}


def test_native_numbers_of_two_words_written_together() -> None:
    text = "사망자는 예순여덟 살 A씨다. 일흔다섯 명이 왔다. 두세 명이 더 왔다."
    assert _quantities(text) == [("예순여덟 살", 68, "세"), ("일흔다섯 명", 75, "명"), ("두세 명", 2, "명")]


def test_golf_counters_and_numbers_that_name() -> None:
    text = "최종 합계 15언더파 273타로 2타 차 우승했다. 18번 홀에서 버디를 잡았다. 2번 연속 우승이다. 전장은 6천628야드다."
    assert _quantities(text) == [
        ("15언더파", 15, "언더파"),
        ("273타", 273, "타"),
        ("2타", 2, "타"),
        ("2번", 2, "번"),
        ("6천628야드", 6628, "야드"),
    ]


def test_lengths_of_time_after_gan_and_before_a_copula() -> None:
    text = "앞으로 6개월간 시험한다. 설계 수명은 3년이다. 발사 58분 뒤인 오전 4시에 교신했다. 2024년이다."
    assert _quantities(text) == [("6개월간", 6, "개월"), ("3년", 3, "년"), ("58분", 58, "분")]


def test_people_introduced_with_their_age_and_firm_in_brackets() -> None:
    text = "윤서하(24·한빛금융그룹)가 우승했다. 신인 박하람(20)도 3위에 올랐다. 주민 박순자(81)씨는 울었다."
    assert _people(text) == {"윤서하": (None, "한빛금융그룹"), "박하람": (None, None), "박순자": (None, None)}


def test_foreign_names_with_their_country() -> None:
    text = (
        "윤서하는 스웨덴의 엘린 린드크비스트와 동타를 이뤘다. 일본의 모리타 아야카는 7위다. "
        '린드크비스트는 "아쉽다"며 웃었다. 중국의 알리바바 그룹이 샀다.'
    )
    analysis = _analysis(text)
    people = {e.canonical for e in analysis.entities if e.kind == "PERSON"}
    assert people == {"윤서하", "엘린 린드크비스트", "모리타 아야카"}
    assert [q.speaker for q in analysis.quotes] == ["엘린 린드크비스트"]


def test_a_given_name_then_a_family_name_of_one_syllable() -> None:
    text = '제임스 한 대표는 "성장한다"고 말했다. 한 대표는 "투자한다"고 밝혔다. 한 관계자는 "좋다"고 했다.'
    analysis = _analysis(text)
    assert _people(text) == {"제임스 한": ("대표", None)}
    assert [q.speaker for q in analysis.quotes] == ["제임스 한", "제임스 한", None]


def test_an_acronym_in_brackets_declares_a_name_with_a_weak_ending() -> None:
    orgs = {
        e.canonical: e.aliases
        for e in _analysis("국립조형예술센터(CNAP)와 협력했다. 인공지능(AI) 기술이다.").entities
        if e.kind == "ORG"
    }
    assert orgs == {"국립조형예술센터": ["CNAP"]}


def test_parties_papers_builders_and_titles_of_museums() -> None:
    text = (
        '민주개혁당 정하윤 후보는 "이긴다"고 말했다. 한빛일보가 의뢰했다. 세진건설은 입찰했다. '
        '주택건설 경기가 나쁘다. 국립현대미술관(관장 오준석)은 전시를 연다. 류지안 학예연구사는 "좋다"고 했다.'
    )
    analysis = _analysis(text)
    orgs = {e.canonical for e in analysis.entities if e.kind == "ORG"}
    assert {"민주개혁당", "한빛일보", "세진건설", "국립현대미술관"} <= orgs
    assert "주택건설" not in orgs
    assert _people(text)["정하윤"] == ("후보", "민주개혁당")
    assert _people(text)["오준석"][0] == "관장"
    assert _people(text)["류지안"][0] == "학예연구사"
