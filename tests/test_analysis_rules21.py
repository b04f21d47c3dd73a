"""Unit tests of the rules added after the round-29 fresh samples (a regional railway line, K-beauty
exports, an esports final): a count after 수, a team declared by its nickname, a nickname in quotes
before a name, a title before that nickname, the owner of a title, a body named by its kind alone,
quarters in a row, a railway line, the firm an industry ranks first; and after round 30 (a fraud
verdict, a chip plant, a city marathon) record times, a company's team, a body in brackets
between a name and a title."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from parsers.analysis import analyze_text

PUB = datetime(2025, 9, 8, 8, 10, tzinfo=timezone(timedelta(hours=9)))


def _analysis(text):
    return analyze_text(text, PUB)


def _entities(text, kind=None):
    return {e.canonical: e for e in _analysis(text).entities if kind is None or e.kind == kind}


def _quantities(text):
    return [(q.text, q.value, q.unit, q.approx) for q in _analysis(text).quantities]


def test_before_digits_su_is_the_count_not_several() -> None:
    assert _quantities("결승전은 최고 동시 시청자 수 186만여명을 기록했다.") == [
        ("186만여명", 1860000, "명", True)
    ]
    assert _quantities("피해액은 수 조원에 이를 것으로 보인다.") == []


def test_a_team_declared_by_its_second_word_is_one_organisation() -> None:
    orgs = _entities(
        "대한캐피탈 레이븐스(이하 레이븐스)가 처음으로 정상에 올랐다. 레이븐스는 누리텔레콤 팬텀(이하 팬텀)을 "
        "3대2로 꺾었다. 강민석 레이븐스 감독은 기뻐했다.",
        "ORG",
    )
    assert orgs["대한캐피탈 레이븐스"].aliases == ["레이븐스"]
    assert orgs["누리텔레콤 팬텀"].aliases == ["팬텀"]
    person = _entities(
        "대한캐피탈 레이븐스(이하 레이븐스)가 이겼다. 강민석 레이븐스 감독은 기뻐했다.", "PERSON"
    )
    assert person["강민석"].affiliation == "대한캐피탈 레이븐스"


def test_a_nickname_in_quotes_before_a_name_is_the_persons_and_names_them_later() -> None:
    text = (
        "대한캐피탈 레이븐스(이하 레이븐스)가 우승했다. 결승 MVP는 레이븐스 미드라이너 '루멘' 최도윤에게 "
        "돌아갔다. 루멘은 결승에서 27킬을 기록했다."
    )
    person = _entities(text, "PERSON")["최도윤"]
    assert (person.title, person.affiliation, person.aliases) == (
        "미드라이너",
        "대한캐피탈 레이븐스",
        ["루멘"],
    )
    assert [m.text for m in person.mentions] == ["최도윤", "루멘"]
    assert "루멘" not in _entities(text, "ORG")


def test_the_owner_of_a_title_before_a_nickname_is_the_affiliation() -> None:
    person = _entities(
        "누리텔레콤 팬텀(이하 팬텀)은 준우승했다. 팬텀의 정글러 '바스크' 이승현 선수는 고개를 숙였다.",
        "PERSON",
    )["이승현"]
    assert (person.title, person.affiliation, person.aliases) == ("선수", "누리텔레콤 팬텀", ["바스크"])


def test_a_body_named_by_its_kind_before_a_title_is_the_one_named_before() -> None:
    person = _entities(
        "한국e스포츠협회(KeSPA)는 다음 주 이사회를 연다. 협회 사무총장 박서진씨는 안을 검토 중이라고 설명했다.",
        "PERSON",
    )["박서진"]
    assert (person.title, person.affiliation) == ("사무총장", "한국e스포츠협회")


def test_quarters_in_a_row_are_a_length_and_a_quarter_alone_a_date() -> None:
    analysis = _analysis("면세 채널 매출이 3분기 연속 줄었다. 3분기 영업이익은 412억원이다.")
    assert [(q.text, q.value, q.unit) for q in analysis.quantities] == [
        ("3분기", 3, "분기"),
        ("412억원", 41200000000, "원"),
    ]
    assert [(d.text, d.value) for d in analysis.dates] == [("3분기", "2025-Q3")]


def test_a_railway_line_is_no_person() -> None:
    entities = _entities("남은 구간까지 이어지면 중앙내륙선이 경부선과 만나 남북 철도 축이 완성된다.")
    assert "경부선" not in {name for name, e in entities.items() if e.kind == "PERSON"}


def test_the_firm_an_industry_ranks_first_is_an_organisation() -> None:
    assert "태산생활건강" in _entities("업계 1위 태산생활건강의 화장품 부문 영업이익은 412억원이다.", "ORG")


def test_a_time_written_in_hours_minutes_and_seconds_is_a_record_not_three_amounts() -> None:
    assert _quantities("김도현 선수가 2시간10분58초로 1위를 했고, 하프코스는 1시간3분12초였다.") == []
    assert _quantities("통제가 풀린 뒤에도 1시간가량 정체가 이어졌다.") == [("1시간가량", 1, "시간", True)]


def test_a_companys_team_is_one_organisation_and_a_body_in_brackets_is_the_affiliation() -> None:
    entities = _entities("국내 남자부에서는 김도현(한빛건설 육상단) 선수가 2시간10분58초로 1위를 차지했다.")
    person = entities["김도현"]
    assert (person.kind, person.title, person.affiliation) == ("PERSON", "선수", "한빛건설 육상단")
    assert entities["한빛건설 육상단"].kind == "ORG" and "한빛건설" not in entities


def test_a_name_in_brackets_of_several_unknown_words_gives_no_partial_organisation() -> None:
    entities = _entities("박지성(맨체스터 유나이티드) 선수는 경기 뒤 웃었다.")
    assert (entities["박지성"].title, entities["박지성"].affiliation) == ("선수", None)
    assert "맨체스터" not in entities
