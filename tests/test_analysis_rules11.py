"""Unit tests of the rules added after the round-11 fresh samples (baseball, chips, police,
diplomacy, education, welfare): foreign states' bodies and ministers, foreign family names Kiwi
splits, names that spell a common word, unit heads, local governments that act, days of difference,
innings with particles, scores with 째, data sizes, percent bands."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from parsers.analysis import analyze_text

PUB = datetime(2026, 3, 19, 10, 0, tzinfo=timezone(timedelta(hours=9)))


def _analysis(text):
    return analyze_text(text, PUB)


def _quantities(text):
    return [(q.text, q.value, q.unit, q.approx) for q in _analysis(text).quantities]


def _entities(text, kind):
    return {e.canonical: e for e in _analysis(text).entities if e.kind == kind}


def _people(text):
    return {name: (e.title, e.affiliation) for name, e in _entities(text, "PERSON").items()}


def test_a_foreign_states_body_is_named_after_its_country() -> None:
    orgs = _entities("폴란드 외무부는 보도자료를 냈다. 미국 국무부도 환영했다. 한국 외교부도 밝혔다.", "ORG")
    assert "폴란드 외무부" in orgs
    assert "국무부" in orgs and "미국 국무부" in orgs["국무부"].aliases  # the dictionary's name
    assert "한국 외교부" not in orgs  # the home country's bodies go by their own names


def test_a_foreign_minister_belongs_to_the_ministry_the_text_names() -> None:
    text = (
        "윤서진 외교부 장관은 마르친 코발치크 폴란드 외무장관과 회담했다. "
        "폴란드 외무부는 회담 직후 보도자료를 냈다. 라르스 헤닝센 덴마크 국방장관도 만났다."
    )
    people = _people(text)
    assert people["마르친 코발치크"] == ("외무장관", "폴란드 외무부")
    assert people["라르스 헤닝센"] == ("국방장관", None)  # 덴마크 국방부 is never named


def test_a_foreign_name_then_country_and_body_then_title() -> None:
    text = "윤 장관은 10일 체코 프라하로 이동해 야나 드보르작코바 체코 외교부 장관과 회담한다."
    assert _people(text)["야나 드보르작코바"] == ("장관", "체코 외교부")


def test_a_foreign_family_name_kiwi_splits_into_common_nouns() -> None:
    text = '미국 국무부도 환영했다. 태미 로스웰 국무부 대변인은 "기여할 것"이라고 말했다.'
    analysis = _analysis(text)
    assert {e.canonical for e in analysis.entities if e.kind == "PERSON"} == {"태미 로스웰"}
    assert [q.speaker for q in analysis.quotes] == ["태미 로스웰"]


def test_a_name_between_a_body_and_a_title_even_when_it_spells_a_word() -> None:
    text = (
        '서울경찰청 한도윤 금융범죄수사대장은 "끝까지 추적하겠다"고 말했다. '
        '송파경찰서 이재민 경위는 "200장이 넘었다"고 전했다.'
    )
    people = _people(text)
    assert people["한도윤"] == ("금융범죄수사대장", "서울경찰청")
    assert people["이재민"] == ("경위", "송파경찰서")
    assert "이재민" not in _people("이재민 대피소에 경위를 묻는 주민이 몰렸다.")


def test_a_local_government_acts_as_an_organisation() -> None:
    text = (
        "충북 괴산군이 412억원을 편성했다. 충북도는 150억원을 배분할 계획이다. "
        '영도구는 고령 인구가 가장 많다. 김하린 충북도 행정부지사는 "넓히겠다"고 밝혔다.'
    )
    orgs = _entities(text, "ORG")
    assert {"괴산군", "충청북도"} <= set(orgs)
    assert "영도구" in _entities(text, "LOCATION") and "영도구" not in orgs  # described, not acting
    assert _people(text)["김하린"] == ("행정부지사", "충청북도")  # not 행정부 + 지사


def test_a_county_head_belongs_to_the_county() -> None:
    assert _people('송영만 괴산군수는 "뛰겠다"고 말했다.')["송영만"] == ("괴산군수", "괴산군")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("시즌 6승(2패)째를 거뒀다.", [("6승", 6, "승", False), ("2패", 2, "패", False)]),
        ("왕지훈은 시즌 3패째를 안았다.", [("3패", 3, "패", False)]),
        ("8기가비트(Gb) D램 가격이 뛰었다.", [("8기가비트", 8, "기가비트", False)]),
        ("대만과 베트남도 20%대 증가율을 보였다.", [("20%대", 20, "%", True)]),
        (
            "장려금 2천만원을 5년에 걸쳐 나눠 준다.",
            [("2천만원", 20000000, "원", False), ("5년", 5, "년", False)],
        ),
        ("지난해보다 9일 빠른 속도다.", [("9일", 9, "일", False)]),
        ("앞선 6회말에도 홈런을 쳤다. 3회말 2점을 보탰다.", [("2점", 2, "점", False)]),
    ],
)
def test_quantities_of_round_eleven(text: str, expected: list[tuple]) -> None:
    assert _quantities(text) == expected


def test_a_day_of_difference_is_no_date() -> None:
    dates = [d.text for d in _analysis("지난해보다 9일 빠른 속도다. 지난 9일 발표했다.").dates]
    assert dates == ["지난해", "지난 9일"]


def test_a_player_with_no_title_plays_for_the_club_the_clause_is_about() -> None:
    text = (
        "프로야구 한화 이글스가 LG 트윈스를 꺾었다. 투수와 타자, 홈런과 안타가 많았다. "
        "LG는 5회초 박도율의 솔로 홈런으로 한 점을 만회했지만, 한화는 8회말 차윤석의 희생플라이로 달아났다."
    )
    people = _people(text)
    assert people["박도율"][1] == "LG 트윈스"
    assert people["차윤석"][1] == "한화 이글스"
