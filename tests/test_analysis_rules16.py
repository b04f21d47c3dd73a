"""Unit tests of the rules added after the round-17 fresh samples (an assembly vote, chip plants, a
county's festival, a cohort study, a summit on tariffs, new towns): lengths in years and minutes
with no marker, ratios, more counters, parts of a year before a copula, names that open with a
determiner, foreign names of three words before their country."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from parsers.analysis import analyze_text

PUB = datetime(2026, 11, 19, 11, 0, tzinfo=timezone(timedelta(hours=9)))


def _analysis(text):
    return analyze_text(text, PUB)


def _quantities(text):
    return [(q.text, q.value, q.unit, q.approx, q.bound) for q in _analysis(text).quantities]


def test_years_and_minutes_with_no_word_of_length_after_them() -> None:
    text = (
        "전매 제한도 3년으로 짧아졌다. 최장 10년까지 거주할 수 있다. 25년 3월에 시작한다. "
        "이동 시간을 70분에서 30분대로 줄인다. 오후 3시 20분에 만났다. 전반 23분 골을 넣었다. 3분의 1 수준이다."
    )
    assert _quantities(text) == [
        ("3년", 3, "년", False, None),
        ("10년", 10, "년", False, "at_most"),
        ("70분", 70, "분", False, None),
        ("30분대", 30, "분", True, None),
    ]


def test_ratios_ordinals_and_counters() -> None:
    text = (
        "경쟁률은 18.7대 1이었다. 차량 3대가 부딪혔다. 3기 신도시인 남양주다. 1기 팹 공사다. "
        "'3대 민생법안' 가운데 하나다. 2나노 공정이다. 마늘 2천접을 팔았다. 비빔밥 1만 인분을 나눴다."
    )
    assert [(q.text, q.value, q.unit) for q in _analysis(text).quantities] == [
        ("3대", 3, "대"),
        ("2나노", 2, "나노"),
        ("2천접", 2000, "접"),
        ("1만 인분", 10000, "인분"),
    ]


def test_a_part_of_a_year_before_a_copula() -> None:
    dates = [(d.text, d.value) for d in _analysis("개통 목표는 2030년 하반기다.").dates]
    assert dates == [("2030년 하반기", "2030-H2")]


def test_names_that_open_with_a_determiner_and_networks_and_institutes() -> None:
    analysis = _analysis(
        "새정치민주당 한지숙 원내대표는 말했다. 청년주거네트워크 최유나 공동대표는 말했다. "
        "충청북도농업기술원은 밝혔다. 상임위원회에서 논의했다. 새 정부는 밝혔다."
    )
    orgs = {e.canonical for e in analysis.entities if e.kind == "ORG"}
    assert orgs == {"새정치민주당", "청년주거네트워크", "충청북도농업기술원"}
    people = {e.canonical: e.affiliation for e in analysis.entities if e.kind == "PERSON"}
    assert people == {"한지숙": "새정치민주당", "최유나": "청년주거네트워크"}


def test_foreign_names_of_three_words_and_given_names_that_read_korean() -> None:
    analysis = _analysis(
        "클라라 몬테스 아길라르 멕시코 대통령은 14일 발표했다. "
        '멕시코 경제부의 마르셀로 이바라 장관은 "제외된다"고 말했다. KOTRA 관계자는 "영향이 크다"고 말했다.'
    )
    people = {e.canonical: (e.title, e.affiliation) for e in analysis.entities if e.kind == "PERSON"}
    assert people == {
        "클라라 몬테스 아길라르": ("대통령", None),
        "마르셀로 이바라": ("장관", "멕시코 경제부"),
    }
    assert [q.speaker for q in analysis.quotes] == ["마르셀로 이바라", "대한무역투자진흥공사"]


def test_weeks_with_particles_school_years_and_an_education_chief() -> None:
    analysis = _analysis(
        "개봉 3주 차인 지난주에도 좌석이 팔렸다. 다음 주부터 올린다. 2027학년도 수능이다. "
        '임채윤 경기도교육감은 "준비한다"고 말했다. 국립기상과학원은 밝혔다. 예금은행 대출이 늘었다.'
    )
    dates = [(d.text, d.value) for d in analysis.dates]
    assert dates == [("지난주", "2026-W46"), ("다음 주", "2026-W48"), ("2027학년도", "2027")]
    people = {e.canonical: e.affiliation for e in analysis.entities if e.kind == "PERSON"}
    assert people == {"임채윤": "경기도교육청"}
    orgs = {e.canonical for e in analysis.entities if e.kind == "ORG"}
    assert "국립기상과학원" in orgs and "예금은행" not in orgs


def test_figures_that_rose_a_market_before_a_district_and_a_firm_that_reads_as_a_verb() -> None:
    analysis = _analysis(
        "강남구와 서초구도 각각 0.41%, 0.39% 올랐다. 괴산군은 예산을 편성했다. 서울 마포구 망원시장에서 장을 봤다. "
        "법무법인 해온 강민석 변호사는 말했다. 투수 라이언 밀러는 잘 던졌다. 2030세대가 몰렸다. 연내 결론을 낸다."
    )
    kinds = {e.canonical: e.kind for e in analysis.entities}
    assert kinds["서초구"] == "LOCATION" and kinds["괴산군"] == "ORG"
    assert "마포구" not in {e.canonical for e in analysis.entities if e.kind == "PERSON"}
    assert kinds["법무법인 해온"] == "ORG" and kinds["라이언 밀러"] == "PERSON"
    assert [q.text for q in analysis.quantities] == ["0.41%", "0.39%"]
    assert [(d.text, d.value) for d in analysis.dates] == [("연내", "2026")]


def test_a_foreign_body_named_alone_after_its_country() -> None:
    analysis = _analysis(
        '일본 방위성은 14일 밝혔다. 방위성은 "경계한다"고 말했다. 체코 외교부도 밝혔다. 외교부는 "유감"이라고 했다.'
    )
    orgs = {e.canonical: e.aliases for e in analysis.entities if e.kind == "ORG"}
    assert orgs["일본 방위성"] == ["방위성"] and "외교부" in orgs  # Korea's 외교부 stays itself
    assert [q.speaker for q in analysis.quotes] == ["일본 방위성", "외교부"]


def test_a_short_name_that_ends_in_the_kind_of_body() -> None:
    analysis = _analysis('한국프로야구선수협회(선수협) 정우진 사무총장은 "좋다"고 말했다. 선수협은 밝혔다.')
    orgs = {e.canonical: e.aliases for e in analysis.entities if e.kind == "ORG"}
    assert orgs == {"한국프로야구선수협회": ["선수협"]}  # not 수협's 수산업협동조합
    assert [(e.canonical, e.affiliation) for e in analysis.entities if e.kind == "PERSON"] == [
        ("정우진", "한국프로야구선수협회")
    ]
