"""Unit tests of the rules added after the round-16 fresh samples (exports, a fraud trial,
volleyball, a provincial health story, a startup's funding, a typhoon): a unit between its body
and a person, a court or a province speaking through 재판부 and 도 관계자, a law firm whose name
reads like a person's, 최씨 for 최성민, amounts with 여 inside, minus signs, the N major items."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from parsers.analysis import analyze_text

PUB = datetime(2026, 5, 21, 16, 20, tzinfo=timezone(timedelta(hours=9)))


def _analysis(text):
    return analyze_text(text, PUB)


def _people(analysis):
    return {e.canonical: (e.title, e.affiliation) for e in analysis.entities if e.kind == "PERSON"}


def _orgs(analysis):
    return {e.canonical for e in analysis.entities if e.kind == "ORG"}


def test_a_unit_between_its_body_and_a_person_is_no_organisation() -> None:
    analysis = _analysis(
        '금감원 불법금융대응단 윤서진 팀장은 "조심하라"고 말했다. 천문연 우주과학본부 윤다은 선임연구원도 말했다. '
        "국회 보건복지위원회 김민재 위원장은 회의를 열었다."
    )
    assert _people(analysis)["윤서진"] == ("팀장", "금융감독원")
    assert _people(analysis)["윤다은"] == ("선임연구원", "한국천문연구원")
    assert "불법금융대응단" not in _orgs(analysis) and "우주과학본부" not in _orgs(analysis)
    assert "보건복지위원회" in _orgs(analysis)  # a council's committee is a body of its own


def test_a_court_and_a_province_speak_through_their_common_nouns() -> None:
    analysis = _analysis(
        '서울중앙지법 형사합의25부는 징역 12년을 선고했다. 재판부는 "죄질이 나쁘다"고 밝혔다. '
        '충청남도(충남도)는 집단감염이 발생했다고 12일 밝혔다. 도 관계자는 "접종하라"고 당부했다. '
        '한 관계자는 "모른다"고 했다. 용산구(0.33%)가 상승을 이끌었다.'
    )
    assert [q.speaker for q in analysis.quotes] == ["서울중앙지방법원", "충청남도", None]
    provinces = [e for e in analysis.entities if e.canonical == "충청남도"]
    assert [(e.kind, e.aliases) for e in provinces] == [("ORG", ["충남도"])]
    assert "용산구" not in _orgs(analysis)  # a figure in brackets is no short name


def test_a_law_firm_whose_name_reads_like_a_persons_and_a_firm_after_its_kind() -> None:
    analysis = _analysis(
        "최씨의 변호를 맡은 법무법인 도담 정하윤 변호사는 말했다. "
        "구속기소된 투자업체 코인브릿지 대표 최성민(47)씨에게 선고했다. "
        '최씨 등은 투자자들에게 "원금을 보장한다"고 홍보했다.'
    )
    assert _people(analysis) == {"정하윤": ("변호사", "법무법인 도담"), "최성민": ("대표", "코인브릿지")}
    assert [q.speaker for q in analysis.quotes] == ["최성민"]


def test_funds_named_in_english_and_a_partner_with_a_one_syllable_family_name() -> None:
    analysis = _analysis(
        "미국계 벤처캐피탈(VC) 노스스타벤처스가 주도했고 알토스벤처스가 참여했다. "
        '노스스타벤처스의 에밀리 차 파트너는 "좋다"고 말했다.'
    )
    assert _orgs(analysis) == {"노스스타벤처스", "알토스벤처스"}
    assert _people(analysis) == {"에밀리 차": ("파트너", "노스스타벤처스")}


def test_amounts_with_yeo_inside_minus_signs_and_the_n_major_items() -> None:
    text = "추징금은 41억 2천여만원이다. 1천여만원이다. 석유제품(-8.7%)은 줄었다. 15대 주력 품목 가운데 3-5개가 늘었다."
    quantities = _analysis(text).quantities
    assert [(q.text, q.value, q.approx) for q in quantities[:3]] == [
        ("41억 2천여만원", 4120000000, True),
        ("1천여만원", 10000000, True),
        ("-8.7%", -8.7, False),
    ]
    assert "15대" not in [q.text for q in quantities]
    assert [q.value for q in quantities if q.value < 0] == [-8.7]  # 3-5: a range, no minus five


def test_a_two_word_title_is_no_club_and_a_club_named_alone_is_no_given_name() -> None:
    analysis = _analysis(
        "대한항공은 동원에너지를 꺾었다. 아포짓 스파이커 마르코 벨리치는 31점을 올렸다. "
        '동원에너지 파비우 산투스 감독은 "범실이 많았다"고 아쉬워했다.'
    )
    people = _people(analysis)
    assert people["마르코 벨리치"] == ("아포짓 스파이커", None)
    assert people["파비우 산투스"][0] == "감독"
    assert "아포짓" not in _orgs(analysis)
    assert [q.speaker for q in analysis.quotes] == ["파비우 산투스"]


def test_an_election_named_by_its_day() -> None:
    text = "6·3 지방선거를 앞두고 여론조사를 했다. 지난 4·10 총선과 달랐다. 6·25 전쟁 기념식도 열렸다."
    dates = [(d.text, d.value) for d in _analysis(text).dates]
    assert ("6·3", "2026-06-03") in dates and ("4·10", "2026-04-10") in dates
    assert not [d for d in dates if d[0].startswith("6·25")]  # a war's day names no date of this year
