"""Unit tests of the rules added after the round-26 fresh samples (a volleyball match, a
province's youth housing plan, a card company's results, a party convention, a liver-cancer
study): a day with its hour before a word that opens like 여, the same day, a constituency, a
council between a name and a title, a club the text shortens to its sponsor, a pollster; and after
round 27 a plural, a mayor joined to a council, lanes and megaamperes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from parsers.analysis import analyze_text

PUB = datetime(2025, 8, 24, 19, 10, tzinfo=timezone(timedelta(hours=9)))


def _analysis(text):
    return analyze_text(text, PUB)


def _entities(text, kind=None):
    return {e.canonical: e for e in _analysis(text).entities if kind is None or e.kind == kind}


def _dates(text):
    return [(d.text, d.value) for d in _analysis(text).dates]


def test_a_day_with_its_hour_is_a_date_whatever_follows() -> None:
    # 여의도 opens as 여 (about) does: `25일여` would be a length of time, not this
    assert _dates("윤 대표는 25일 오전 9시 여의도 당사에서 회의를 주재한다.") == [
        ("25일 오전 9시", "2025-08-25T09:00")
    ]
    assert _dates("축제는 3일 동안 열린다.") == []


def test_the_same_day_is_the_day_told_but_not_a_day_of_last_year() -> None:
    assert _dates("청림화재는 23일 경기에서 이겼다. 같은 날 인천에서 열린 경기에서는 썬더스가 이겼다.") == [
        ("23일", "2025-08-23"),
        ("같은 날", "2025-08-23"),
    ]
    assert _dates("관객은 지난해 같은 날보다 20% 늘었다.") == [("지난해", "2024")]


def test_a_constituency_is_no_person() -> None:
    people = _entities(
        "청년최고위원에는 만 34세인 정다인 서울 마포을 당협위원장이 뽑혔다. 김가을 의원은 말했다.", "PERSON"
    )
    assert set(people) == {"정다인", "김가을"}


def test_a_council_between_a_name_and_a_title() -> None:
    analysis = _analysis('조현필 도의회 기획경제위원장은 "재원이 없다"고 우려했다.')
    people = {e.canonical: e for e in analysis.entities if e.kind == "PERSON"}
    assert set(people) == {"조현필"}
    assert people["조현필"].title == "기획경제위원장"
    assert [q.speaker for q in analysis.quotes] == ["조현필"]


def test_a_club_of_two_words_the_text_shortens_to_its_first() -> None:
    orgs = _entities(
        "남자 프로배구 청림화재 블루윙스(이하 청림화재)가 선두를 지켰다. 청림화재는 3연승을 달렸다.", "ORG"
    )
    assert set(orgs) == {"청림화재 블루윙스"}
    assert orgs["청림화재 블루윙스"].aliases == ["청림화재"]


def test_a_pollster_after_the_word_for_a_body() -> None:
    assert "한빛리서치" in _entities("여론조사 기관 한빛리서치가 지난주 실시한 조사에서 나왔다.", "ORG")


# round 27 (a port's volumes, a baseball trade, a city's tram budget, a fusion milestone)


def test_a_plural_is_no_name() -> None:
    assert _entities("혼잡을 피하려는 선사들이 부산을 택했다.", "PERSON") == {}


def test_a_mayor_joined_to_a_council_is_no_organisation() -> None:
    entities = _entities("홍석민 창원시장과 창원시의회(이하 시의회)가 맞붙었다.")
    assert entities["홍석민"].kind == "PERSON"
    assert "창원시장" not in entities
    assert entities["창원시의회"].aliases == ["시의회"]


def test_lanes_and_megaamperes() -> None:
    quantities = [
        (q.text, q.value, q.unit) for q in _analysis("왕복 8차로로 넓힌다. 전류 0.6MA를 유지했다.").quantities
    ]
    assert quantities == [("8차로", 8, "차로"), ("0.6MA", 0.6, "MA")]


# round 28 (an airline's routes, a hospital's staffing, a women's football final)


def test_a_generic_kind_of_airline_declared_with_its_acronym_is_no_organisation() -> None:
    analysis = _analysis(
        '저비용항공사(LCC) 한빛항공이 노선을 늘린다. 익명을 요청한 LCC 관계자는 "경쟁이 치열하다"고 말했다.'
    )
    assert {e.canonical for e in analysis.entities} == {"한빛항공"}
    assert [q.speaker for q in analysis.quotes] == [None]


def test_a_region_of_the_world_is_a_place() -> None:
    assert _entities("업계에서는 중앙아시아 노선에 주목한다.")["중앙아시아"].kind == "LOCATION"
