"""Unit tests of the rules added after the round-4 fresh samples: clubs of every league picked by
the article's sport, more titles, foreign names after a title, names with an age in brackets,
full names of courts and universities, generic organisation prefixes, affiliations by `의` and by
the kind of title, quotes attributed after the quote, by a pronoun or to nobody, parts of a year
with a particle, and quantities (`분기`, `3점슛`, `영도`, `30년이 넘은`, `최근`)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from parsers.analysis import analyze_text

PUB = datetime(2026, 2, 24, 10, 0, tzinfo=timezone(timedelta(hours=9)))


def _entities(text):
    return analyze_text(text, PUB).entities


def _people(text):
    return {e.canonical: (e.title, e.affiliation) for e in _entities(text) if e.kind == "PERSON"}


def _orgs(text):
    return {e.canonical for e in _entities(text) if e.kind == "ORG"}


def _quantities(text):
    return [(q.text, q.value, q.unit, q.approx, q.bound) for q in analyze_text(text, PUB).quantities]


def _speakers(text):
    return [q.speaker for q in analyze_text(text, PUB).quotes]


# clubs -------------------------------------------------------------------------------------------
BASKETBALL = (
    "프로농구 부산 KCC가 원주 DB를 꺾었다. KCC는 4쿼터에 리바운드를 앞세워 DB를 88-79로 이겼다. "
    "DB의 이선웅은 3점에 그쳤다. 정관장 가드 배준혁은 결승 3점슛을 넣었다. LG는 선두를 지켰다."
)


def test_a_short_club_name_is_the_club_of_the_articles_sport() -> None:
    orgs = _orgs(BASKETBALL)
    assert {"부산 KCC 이지스", "원주 DB 프로미", "창원 LG 세이커스", "안양 정관장 레드부스터스"} <= orgs
    assert "LG 트윈스" not in orgs  # the baseball club of the same sponsor
    people = _people(BASKETBALL)
    assert "정관장" not in people
    assert people["배준혁"] == ("가드", "안양 정관장 레드부스터스")
    assert people["이선웅"] == (None, "원주 DB 프로미")  # DB의 이선웅: the owner with 의


def test_baseball_keeps_the_baseball_club() -> None:
    text = "프로야구 LG가 7회말 홈런 두 방으로 두산을 꺾었다. LG 선발 투수는 6이닝 동안 삼진 8개를 잡았다."
    assert "LG 트윈스" in _orgs(text)


# people ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "title", "affiliation"),
    [
        ("수사를 지휘한 한도윤 경감은 공범을 쫓고 있다고 밝혔다.", "한도윤", "경감", None),
        ("외국인 선수 마커스 헤이워드도 18점을 보탰다.", "마커스 헤이워드", "선수", None),
        ("이서윤 일렉트라랩 대표는 회사를 세웠다.", "이서윤", "대표", "일렉트라랩"),
        ("청학동 주민 박순자(81)씨는 불안하다고 말했다.", "박순자", None, None),
        ("회사원 이정훈(45·서울 마포구) 씨는 걱정이 크다고 했다.", "이정훈", None, None),
        ("민경수 부산시장은 협약식에서 말했다.", "민경수", "부산시장", "부산시"),
        ("법무법인 새길의 정태윤 변호사는 항소하겠다고 밝혔다.", "정태윤", "변호사", "법무법인 새길"),
    ],
)
def test_people_in_more_shapes(text: str, name: str, title: str | None, affiliation: str | None) -> None:
    assert _people(text)[name] == (title, affiliation)


def test_an_anonymised_name_is_nobody() -> None:
    assert _people("김모(45)씨는 범행을 부인했다.") == {}


def test_a_title_implies_the_kind_of_organisation_named_before() -> None:
    text = (
        "서울중앙지법은 17일 김씨에게 징역 12년을 선고했다. 재판장인 박소연 부장판사는 피해가 크다고 밝혔다."
    )
    assert _people(text)["박소연"] == ("부장판사", "서울중앙지방법원")


# organisations -----------------------------------------------------------------------------------
def test_short_forms_take_the_full_name() -> None:
    ents = {
        e.canonical: e
        for e in _entities("인하대와 서울중앙지검, 경희대병원이 협약을 맺었다. 참여연대는 반발했다.")
    }
    assert "인하대" in ents["인하대학교"].aliases
    assert "서울중앙지검" in ents["서울중앙지방검찰청"].aliases
    assert "경희대학교병원" in ents
    assert "참여연대" in ents  # 연대 is its own suffix: no university


def test_a_generic_prefix_only_makes_a_generic_word() -> None:
    orgs = _orgs("한전 노조인 전국전력노동조합은 충원을 요구했다. 대형병원과 지역협회도 참여했다.")
    assert "전국전력노동조합" in orgs
    assert not orgs & {"대형병원", "지역협회"}


def test_more_suffixes() -> None:
    text = "부산소방재난본부에 따르면 화재는 312건이었다. 코인리딩방피해자연대 윤정호 대표는 기금을 요구했다."
    assert {"부산소방재난본부", "코인리딩방피해자연대"} <= _orgs(text)
    assert _people(text)["윤정호"] == ("대표", "코인리딩방피해자연대")


def test_a_title_after_a_bank_is_no_organisation() -> None:
    assert "이코노미스트" not in _orgs("이수민 하나은행 이코노미스트의 분석이다.")


# quotes ------------------------------------------------------------------------------------------
def test_a_quote_that_opens_the_sentence_keeps_its_ending() -> None:
    text = (
        '"실험실 성과가 재현되는지가 관건"이라고 한국에너지기술연구원 김도희 책임연구원은 말했다. '
        '그는 "인증까지 3~4년은 걸릴 것"이라고 내다봤다.'
    )
    assert _speakers(text) == ["김도희", "김도희"]
    assert len(analyze_text(text, PUB).sentences) == 2


def test_a_pronoun_is_the_person_last_named() -> None:
    text = (
        'KCC 오명수 감독은 "수비가 좋았다"고 말했다. 승리의 주역은 신인 가드 최건우였다. '
        '그는 경기 뒤 "형들이 믿고 맡겨줬다"고 말했다.'
    )
    assert _speakers(text) == ["오명수", "최건우"]


def test_a_quote_said_by_the_next_sentence() -> None:
    text = '"연준이 금리를 내리면 한국은행도 인하를 검토할 것이다." 이수민 하나은행 이코노미스트의 분석이다.'
    assert _speakers(text) == ["이수민"]


def test_someone_unnamed_is_no_speaker() -> None:
    text = '국민의힘 소속 한 재선 의원은 "교통정리가 먼저"라고 꼬집었다.'
    assert _speakers(text) == [None]


# dates and quantities ----------------------------------------------------------------------------
def test_parts_of_a_year_with_a_particle() -> None:
    dates = {
        (d.text, d.value)
        for d in analyze_text("내년 상반기까지 라인을 갖추고 올해 말에는 착공한다.", PUB).dates
    }
    assert {("내년 상반기", "2027-H1"), ("올해 말", "2026-late")} <= dates
    assert ("내년", "2027") in {(d.text, d.value) for d in analyze_text("내년 말레이시아 공장", PUB).dates}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("설비투자도 두 분기 연속 줄었다.", [("두 분기", 2, "분기", False, None)]),
        ("3점슛 6개를 넣었다.", [("6개", 6, "개", False, None)]),
        ("최근 3년간 영도에서만 화재가 났다.", [("3년간", 3, "년", False, None)]),
        ("지은 지 30년이 넘은 주택", [("30년", 30, "년", False, "at_least")]),
        ("최근 다섯 경기 연속 득점했다.", [("다섯 경기", 5, "경기", False, None)]),
        ("시장 점유율 92%를 차지했다.", [("92%", 92, "%", False, None)]),
    ],
)
def test_quantities_of_round_four(text: str, expected: list[tuple]) -> None:
    assert _quantities(text) == expected


# after the round-5 fresh samples -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "title", "affiliation"),
    [
        ("김태윤 금감원장은 간담회에서 말했다.", "김태윤", "금감원장", "금융감독원"),
        ("성균관대 예방의학교실 한민재 교수는 말했다.", "한민재", "교수", "성균관대학교"),
        ("CJ ENM 최다은 팀장은 판권이 팔렸다고 전했다.", "최다은", "팀장", "CJ ENM"),
        ("[제네바=연합뉴스] 정서윤 특파원 = 세계보건기구가 직원을 줄인다.", "정서윤", "특파원", "연합뉴스"),
        ("전남도의회 정은주 의원은 조사를 요구했다.", "정은주", "의원", "전라남도의회"),
        (
            "테드로스 아드하놈 거브러여수스 사무총장은 호소했다.",
            "테드로스 아드하놈 거브러여수스",
            "사무총장",
            None,
        ),
    ],
)
def test_people_of_round_five(text: str, name: str, title: str, affiliation: str | None) -> None:
    assert _people(text)[name] == (title, affiliation)


def test_a_family_name_again_is_the_same_person() -> None:
    text = "런던위생열대의학대학원 에밀리 하트 교수는 경고했다. 하트 교수는 접종률이 떨어졌다고 덧붙였다."
    assert list(_people(text)) == ["에밀리 하트"]


def test_a_word_inside_a_quote_is_no_foreign_speaker() -> None:
    assert "팬데믹" not in _people('"다음 팬데믹은 예산이 적을 때 찾아온다"고 그는 경고하며 덧붙였다.')


def test_branches_and_generic_builders() -> None:
    orgs = _orgs("광주지법 목포지원은 영장을 발부했다. 경찰은 시공사 관계자 등 다섯 명을 입건했다.")
    assert "광주지방법원 목포지원" in orgs
    assert "시공사" not in orgs


def test_a_body_said_for_by_its_common_noun() -> None:
    text = (
        'SK하이닉스 정우진 부사장은 "다음 승부처는 연산"이라고 말했다. 회사 측은 "라인을 배정하겠다"고 밝혔다. '
        '국립현대미술관에서 전시가 열린다. 미술관 측은 "1만명이 다녀갔다"고 밝혔다.'
    )
    assert _speakers(text) == ["정우진", "SK하이닉스", "국립현대미술관"]


def test_the_subject_nearest_after_a_quote_speaks() -> None:
    text = '"환율이 오르면 자금이 빠진다"고 NH투자증권 윤하진 수석연구원은 내다봤다. 한은에 따르면 외국인은 순매도했다.'
    assert _speakers(text) == ["윤하진"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("조회수 3천만 회를 돌파했다.", [("3천만 회", 30000000, "회", False, "at_least")]),
        (
            '"열 명 중 한 명꼴"이라고 했다.',
            [("열 명", 10, "명", False, None), ("한 명", 1, "명", False, None)],
        ),
        ("대장암 2기 진단을 받았다. 1기 신도시를 재건축한다.", []),
        ("원전 2기를 짓는다.", [("2기", 2, "기", False, None)]),
        ("준공 10년 미만 단지", [("10년", 10, "년", False, "at_most")]),
    ],
)
def test_quantities_of_round_five(text: str, expected: list[tuple]) -> None:
    assert _quantities(text) == expected


# after the round-6 fresh samples -------------------------------------------------------------------
VOLLEYBALL = (
    "프로배구 현대캐피탈이 대한항공을 세트 스코어 3-1로 꺾었다. 현대캐피탈 아웃사이드 히터 서민혁은 블로킹 "
    "3개를 포함해 17점을 보탰다. 대한항공은 아웃사이드 히터 정유찬이 18점으로 분전했다. 여자부에서는 "
    "흥국생명이 정관장을 3-0으로 완파했다."
)


def test_volleyball_clubs_of_both_leagues_and_two_word_positions() -> None:
    people = _people(VOLLEYBALL)
    assert people["서민혁"] == ("아웃사이드 히터", "천안 현대캐피탈 스카이워커스")
    assert people["정유찬"] == ("아웃사이드 히터", "인천 대한항공 점보스")  # the sentence's subject club
    assert {"인천 흥국생명 핑크스파이더스", "대전 정관장 레드스파크스"} <= _orgs(VOLLEYBALL)


def test_the_club_of_the_sentence_before_is_not_taken() -> None:
    text = "포항은 후반 41분 만회골을 넣는 데 그쳤다. 김판곤 감독은 집중력을 칭찬했다. 프로축구 K리그1 선두 경기였다."
    assert _people(text)["김판곤"] == ("감독", None)


def test_same_party_is_the_party_of_the_person_just_named() -> None:
    text = (
        "법안은 더불어민주당 주도로 의결됐다. 국민의힘 원내대표인 석진우 의원은 반발했다. "
        "같은 당 우재형 의원은 헌법재판소 업무가 늘 것이라고 주장했다."
    )
    assert _people(text)["우재형"] == ("의원", "국민의힘")


def test_a_title_glued_to_a_declared_alias() -> None:
    text = "국회 법제사법위원회(법사위)가 법안을 의결했다. 회의를 주재한 정태림 법사위원장은 표결을 강행했다."
    assert _people(text)["정태림"] == ("법사위원장", "법제사법위원회")


def test_a_country_is_no_affiliation_but_a_city_is() -> None:
    people = _people("에마뉘엘 마크롱 프랑스 대통령은 말했다. 성남시 김철수 대변인은 밝혔다.")
    assert people["에마뉘엘 마크롱"] == ("대통령", None)
    assert people["김철수"] == ("대변인", "성남시")


def test_loanword_syllables_make_no_korean_name() -> None:
    text = "유엔난민기구(UNHCR)의 아말 하다드 최고대표는 예산이 부족하다고 호소했다."
    assert _people(text) == {"아말 하다드": ("최고대표", "유엔난민기구")}


def test_approximate_inside_a_number() -> None:
    assert _quantities("재산 피해를 1천여만원으로 추산했다.") == [("1천여만원", 10000000, "원", True, None)]
