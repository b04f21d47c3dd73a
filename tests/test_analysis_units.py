"""Unit tests, one group per analysis module, on short made-up Korean sentences."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from parsers.analysis import analyze_text
from parsers.analysis.dates import DateFinder
from parsers.analysis.numerals import parse_native, parse_number
from parsers.analysis.resources import load

KST = timezone(timedelta(hours=9))
PUB = datetime(2021, 8, 6, 17, 55, tzinfo=KST)


# numerals ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3만 1000", 31000),
        ("1만 2000", 12000),
        ("5조 2천억", 5_200_000_000_000),
        ("1억2000만", 120_000_000),
        ("1,234", 1234),
        ("3.5", 3.5),
        ("3.5만", 35000),
        ("오천", 5000),
        ("백만", 1_000_000),
        ("10만", 100_000),
        ("수십", None),
        ("", None),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("word", "value"), [("한", 1), ("두", 2), ("스무", 20), ("열두", 12), ("스물세", 23), ("석", 3)]
)
def test_parse_native(word, value):
    assert parse_native(word, load().native_numbers) == value


# quantities --------------------------------------------------------------------------------------
def _quantities(text):
    return [(q.value, q.unit, q.approx, q.bound, q.high) for q in analyze_text(text, PUB).quantities]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("지난해 3만 1000여명이 참여했다.", (31000, "명", True, None, None)),
        ("1만 2000건이 넘는 다운로드를 기록했다.", (12000, "건", False, "at_least", None)),
        ("예산은 5조 2천억원이다.", (5_200_000_000_000, "원", False, None, None)),
        ("연봉 1억2000만 원을 받는다.", (120_000_000, "원", False, None, None)),
        ("금리가 3.5% 올랐다.", (3.5, "%", False, None, None)),
        ("모두 1,234명이 왔다.", (1234, "명", False, None, None)),
        ("3~5명이 한 조다.", (3, "명", False, None, 5)),
        ("한 달 만에 끝났다.", (1, "달", False, None, None)),
        ("매출이 두 배로 늘었다.", (2, "배", False, None, None)),
        ("그는 스무 살이다.", (20, "세", False, None, None)),
        ("10만원대 제품이다.", (100_000, "원", True, None, None)),
        ("약 500명이 모였다.", (500, "명", True, None, None)),
        ("관중은 300명 가량이었다.", (300, "명", True, None, None)),
        ("50명 미만이 참석했다.", (50, "명", False, "at_most", None)),
        ("최대 30명까지 받는다.", (30, "명", False, "at_most", None)),
        ("3년 만에 돌아왔다.", (3, "년", False, None, None)),
        ("두세 명이 왔다.", (2, "명", False, None, 3)),
        ("두 세개 먹었다.", (2, "개", False, None, 3)),
        ("약 2시간 반 만에 끝났다.", (2.5, "시간", True, None, None)),
        ("3일간 열린다.", (3, "일", False, None, None)),
        ("대개 2~3억원에 그친다.", (200_000_000, "원", False, None, 300_000_000)),
        ("전국 1천820개 스크린에서 상영한다.", (1820, "개", False, None, None)),
        ("관객 한 분 한 분께 감사드린다.", (1, "분", False, None, None)),
    ],
)
def test_quantity(text, want):
    assert want in _quantities(text)


@pytest.mark.parametrize(
    "text",
    [
        "코로나19로 인한 위기다.",
        "과기정통부 조경식 제2차관이 참석했다.",
        "문의는 02-2110-1234로 하면 된다.",
        "행사는 6일 열렸다.",
        "2021년 사업이다.",
        "1인당 지원금이 늘었다.",
        "시즌 30번째 홈런이다.",
        "한 관계자는 말했다.",
        "매출이 수 조원에 이른다.",
        "9" * 400 + "만 명",
    ],
)
def test_not_a_quantity(text):
    assert _quantities(text) == []


def test_counted_noun():
    a = analyze_text("170종의 데이터를 만들고, 참여기관 3개와 함께 545개 기업·기관이 참여했다.", PUB)
    assert [(q.text, q.counted) for q in a.quantities] == [
        ("170종", "데이터"),
        ("3개", "참여기관"),
        ("545개", "기업·기관"),
    ]


# dates -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "precision", "relation"),
    [
        ("6일", "2021-08-06", "day", None),
        ("올해 6월", "2021-06", "month", None),
        ("지난해", "2020", "year", None),
        ("내년 상반기", "2022-H1", "part_of_year", None),
        ("2022년 초", "2022-early", "part_of_year", None),
        ("연말까지", "2021-late", "part_of_year", "until"),
        ("8월부터", "2021-08", "month", "from"),
        ("오후 3시", "2021-08-06T15:00", "hour", None),
        ("6일 오후 3시 30분", "2021-08-06T15:30", "minute", None),
        ("지난 30일", "2021-07-30", "day", None),
        ("오는 2일", "2021-09-02", "day", None),
        ("어제", "2021-08-05", "day", None),
        ("지난달", "2021-07", "month", None),
        ("2020.3.1", "2020-03-01", "day", None),
        ("지난달 30일", "2021-07-30", "day", None),
        ("다음 달 3일부터", "2021-09-03", "day", "from"),
    ],
)
def test_date(text, value, precision, relation):
    refs = DateFinder(load()).find(text, PUB)
    assert [(r.value, r.precision, r.relation) for r in refs][:1] == [(value, precision, relation)]


def test_date_periods_and_no_publish_time():
    finder = DateFinder(load())
    (early,) = finder.find("2022년 초", PUB)
    assert (early.first_day, early.last_day) == ("2022-01-01", "2022-03-31")
    (relative,) = finder.find("지난해", None)
    assert relative.value is None and relative.precision == "year"


@pytest.mark.parametrize(
    "text", ["3일간 열렸다", "10년간", "5일 동안", "3개월", "12시간", "2020년대", "서울시"]
)
def test_not_a_date(text):
    assert DateFinder(load()).find(text, PUB) == []


# entities ----------------------------------------------------------------------------------------
def _entities(text):
    return {(e.kind, e.canonical, e.title, e.affiliation) for e in analyze_text(text, PUB).entities}


def test_person_with_org_before_and_title_after():
    got = _entities("과기정통부 조경식 제2차관과 한국지능정보사회진흥원 문용식 원장이 참석했다.")
    assert ("PERSON", "조경식", "제2차관", "과학기술정보통신부") in got
    assert ("PERSON", "문용식", "원장", "한국지능정보사회진흥원") in got


def test_person_with_org_between_name_and_title():
    assert ("PERSON", "이창용", "총재", "한국은행") in _entities("이창용 한국은행 총재는 금리를 동결했다.")


def test_person_in_brackets_after_place():
    assert ("PERSON", "신상진", "시장", "성남시") in _entities(
        "성남시(시장 신상진)는 5일 착수보고회를 열었다."
    )


def test_title_glued_to_place_gives_the_affiliation():
    assert ("PERSON", "신계용", "과천시장", "과천시") in _entities("신계용 과천시장은 현장을 점검했다.")


def test_declared_alias_resolves_later_mentions():
    a = analyze_text("한국소비자원(이하 소비자원)은 6일 조사를 발표했다. 소비자원은 주의를 당부했다.", PUB)
    org = a.entity("소비자원")
    assert org is not None and org.canonical == "한국소비자원"
    assert [m.text for m in org.mentions] == ["한국소비자원", "소비자원", "소비자원"]
    assert "소비자원" in org.aliases


def test_short_names_resolve_to_one_canonical():
    a = analyze_text("산업부와 기재부, 중기부가 협력한다. 산업통상자원부는 밝혔다.", PUB)
    assert {e.canonical for e in a.orgs} == {"산업통상자원부", "기획재정부", "중소벤처기업부"}
    assert len(a.entity("산업부").mentions) == 2


def test_family_name_and_title_is_a_later_mention():
    a = analyze_text("조경식 제2차관은 협약식에 참석했다. 조 차관은 지원을 약속했다.", PUB)
    (person,) = a.persons
    assert [m.text for m in person.mentions] == ["조경식", "조 차관"]


def test_organisation_introduced_by_a_common_noun():
    got = _entities("배급사 씨네원엔터테인먼트는 흥행을 예상했다. 소속사 푸른별은 사실을 인정했다.")
    assert ("ORG", "씨네원엔터테인먼트", None, None) in got and ("ORG", "푸른별", None, None) in got


def test_title_before_the_name():
    got = _entities("주연 배우 송가을은 무대에 올랐다. 울산 공격수 이준혁이 골을 넣었다.")
    assert ("PERSON", "송가을", "배우", None) in got
    assert ("PERSON", "이준혁", "공격수", "울산") in got


def test_foreign_names_before_country_and_title():
    a = analyze_text(
        '볼로디미르 젤렌스키 우크라이나 대통령과 조 바이든 미국 대통령이 만났다. 젤렌스키 대통령은 "고맙다"고 말했다.'
    )
    people = {(p.canonical, p.title, p.affiliation) for p in a.persons}
    # a country is no affiliation (the annotated samples' convention)
    assert people == {("볼로디미르 젤렌스키", "대통령", None), ("조 바이든", "대통령", None)}
    assert a.quotes[0].speaker == "볼로디미르 젤렌스키"


def test_bracketed_abbreviation_declares_an_organisation():
    a = analyze_text(
        "중앙재난안전대책본부(중대본)는 10일 대피 인원을 발표했다. 중대본은 비상 3단계를 유지했다."
    )
    org = a.entity("중대본")
    assert org is not None and org.canonical == "중앙재난안전대책본부" and len(org.mentions) == 3


def test_common_words_before_titles_are_not_names():
    assert not analyze_text("신임 회장과 차기 회장, 공동 대표가 만났다. 정부 대변인은 말했다.", PUB).persons


def test_places_and_quoted_names():
    got = _entities("서울 용산구에서 ‘데이터 댐’ 행사가 열렸다.")
    assert ("LOCATION", "서울", None, None) in got and ("LOCATION", "용산구", None, None) in got
    assert ("MISC", "데이터 댐", None, None) in got


def test_user_dictionary_is_loaded_into_kiwi(tmp_path):
    from parsers.analysis import configure

    path = tmp_path / "beat.tsv"
    path.write_text(
        "# name\tkind\taliases\n홍두깨\tPERSON\n푸른하늘협동조합\tORG\t푸른하늘\n", encoding="utf-8"
    )
    configure(user_dictionary=path)
    try:
        a = analyze_text("홍두깨는 오늘 출근했다. 푸른하늘은 문을 열었다. 푸른하늘협동조합은 쉬었다.", PUB)
    finally:
        configure(user_dictionary="")
    assert a.entity("홍두깨").kind == "PERSON"
    org = a.entity("푸른하늘")
    assert org.kind == "ORG" and org.canonical == "푸른하늘협동조합" and len(org.mentions) == 2


def test_user_dictionary_formats(tmp_path):
    from parsers.analysis import UserDictionaryError, load_user_dictionary

    toml = tmp_path / "beat.toml"
    toml.write_text('[[entity]]\nname = "홍두깨"\nkind = "person"\naliases = ["두깨"]\n', encoding="utf-8")
    (entry,) = load_user_dictionary(toml)
    assert (entry.name, entry.kind, entry.aliases) == ("홍두깨", "PERSON", ("두깨",))
    bad = tmp_path / "bad.tsv"
    bad.write_text("홍두깨\tPLANET\n", encoding="utf-8")
    with pytest.raises(UserDictionaryError, match=r"bad\.tsv:1"):
        load_user_dictionary(bad)


# quotes ------------------------------------------------------------------------------------------
def test_two_quotes_one_speaker():
    a = analyze_text('조경식 제2차관은 "데이터 댐은 초석이 될 것"이라며 "적극 지원하겠다"고 밝혔다.', PUB)
    assert [(q.text, q.speaker) for q in a.quotes] == [
        ("데이터 댐은 초석이 될 것", "조경식"),
        ("적극 지원하겠다", "조경식"),
    ]


def test_quote_without_named_speaker_goes_to_previous_speaker():
    a = analyze_text('김철수 장관은 "잘 되고 있다"고 말했다. 그는 "더 노력하겠다"고 덧붙였다.', PUB)
    assert [q.speaker for q in a.quotes] == ["김철수", "김철수"]


def test_speaker_after_the_quote():
    a = analyze_text('"예산을 늘리겠다"고 박영희 의원은 말했다.', PUB)
    assert [q.speaker for q in a.quotes] == ["박영희"]


def test_short_double_quoted_name_is_not_a_quote():
    assert analyze_text('정부는 "데이터 댐" 사업을 추진한다.', PUB).quotes == []


# keywords ----------------------------------------------------------------------------------------
def test_keywords_count_compounds_and_entities_not_stopwords():
    a = analyze_text(
        "과기정통부는 인공지능 사업을 한다. 과학기술정보통신부는 인공지능 데이터를 만든다. 이날 것.", PUB
    )
    counts = {k.lemma: k.count for k in a.keywords}
    assert counts["과학기술정보통신부"] == 2 and counts["인공지능"] == 2
    assert "이날" not in counts and "것" not in counts
