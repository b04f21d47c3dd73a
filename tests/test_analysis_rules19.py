"""Unit tests of the rules added after the round-25 fresh samples (a tennis final, a city's subway
line, a biotech's trial results, a pensions hearing, a fishing-boat capsizing): organisations of
several words by shape, a foreign name written family name first, a name Kiwi ends with an
adverb, compounds that read as names, procedures declared like bodies, halves of a year in
sequence, a span of one day, and train cars."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from parsers.analysis import analyze_text

PUB = datetime(2025, 10, 20, 16, 0, tzinfo=timezone(timedelta(hours=9)))


def _analysis(text):
    return analyze_text(text, PUB)


def _entities(text, kind=None):
    return {e.canonical: e for e in _analysis(text).entities if kind is None or e.kind == kind}


def _dates(text):
    return [(d.text, d.value) for d in _analysis(text).dates]


def _quantities(text):
    return [(q.text, q.value, q.unit) for q in _analysis(text).quantities]


def test_organisations_named_by_their_shape() -> None:
    orgs = _entities(
        "해군 제3함대와 서해어업관리단 소속 선박이 투입됐다. 해경은 서해해양특수구조대를 보냈고 "
        "중앙해양안전심판원이 조사한다. 주한 인도네시아대사관은 직원 2명을 보냈다. "
        "다온바이오는 미국 제약사 메리디언 파마슈티컬스와 계약했다.",
        "ORG",
    )
    for name in (
        "해군 제3함대",
        "서해어업관리단",
        "서해해양특수구조대",
        "중앙해양안전심판원",
        "주한 인도네시아대사관",
        "메리디언 파마슈티컬스",
    ):
        assert name in orgs, name
    assert "인도네시아대사관" not in orgs


def test_common_words_before_company_words_make_no_company() -> None:
    assert _entities("신재생 에너지 기업과 국내 파트너스 펀드가 참여했다.", "ORG") == {}


def test_a_player_of_a_military_sports_unit() -> None:
    people = _entities("남지훈(26·국군체육부대)-홍석진(24·대구시청) 조가 대만 조를 꺾었다.", "PERSON")
    assert people["남지훈"].affiliation == "국군체육부대"


def test_a_foreign_name_written_family_name_first_and_its_later_mentions() -> None:
    analysis = _analysis(
        "권도윤은 일본의 다카하시 렌(27)을 꺾었다. 톱시드를 받은 다카하시는 세계랭킹 118위다. "
        '준우승한 다카하시는 "서브가 달라졌다"고 말했다.'
    )
    kinds = {e.canonical: e.kind for e in analysis.entities}
    assert kinds["다카하시 렌"] == "PERSON"
    assert "다카하시" not in kinds  # not a city for ending in 시, nor an organisation
    assert [q.speaker for q in analysis.quotes] == ["다카하시 렌"]


def test_a_name_kiwi_ends_with_an_adverb() -> None:
    people = _entities('국민의힘 정재욱 의원은 "재원이 필요하다"고 말했다.', "PERSON")
    assert people["정재욱"].title == "의원"


def test_the_last_noun_of_a_compound_is_no_person() -> None:
    people = _entities(
        "신도심과 동부 원도심을 잇는다. 역사 27곳에는 승강장 안전문과 엘리베이터를 설치한다.", "PERSON"
    )
    assert people == {}
    # a name the sentence is about, after a role noun, still is one
    assert "한소윤" in _entities("주연 한소윤은 다음 시즌에도 출연한다.", "PERSON")


def test_a_procedure_or_an_event_declared_with_a_short_name_is_no_organisation() -> None:
    orgs = _entities(
        "예비타당성조사(예타)를 통과했다. 국정감사(국감)에서 지적됐다. 한국소비자원(이하 소비자원)은 밝혔다.",
        "ORG",
    )
    assert set(orgs) == {"한국소비자원"}


def test_a_half_of_a_year_after_one_of_next_year_is_in_next_year() -> None:
    assert _dates("내년 상반기 중 임상 계획을 신청해 하반기에 첫 투약을 시작한다.") == [
        ("내년 상반기", "2026-H1"),
        ("하반기", "2026-H2"),
    ]
    assert _dates("2022년 상반기와 하반기에 나눠 지급한다.") == [
        ("2022년 상반기", "2022-H1"),
        ("하반기", "2022-H2"),
    ]
    assert _dates("내년 1분기와 2분기에 나눠 낸다.") == [("내년 1분기", "2026-Q1"), ("2분기", "2026-Q2")]
    # the year's end after next year's first half is this year's
    assert _dates("내년 상반기까지 헬기 2대를 들여오고, 연말까지 대원을 늘린다.") == [
        ("내년 상반기", "2026-H1"),
        ("연말", "2025-late"),
    ]


def test_a_span_of_one_day() -> None:
    assert ("하루", 1, "일") in _quantities("시가총액은 하루 만에 4200억원가량 불어났다.")
    assert ("하루", 1, "일") in _quantities("확진자는 하루 새 87명 늘었다.")
    assert _quantities("하루 새벽 3시에 떠났다.") == []
    assert _quantities("하루 평균 30만 명이 찾았다.") == [("30만 명", 300000, "명")]


def test_cars_of_a_train() -> None:
    assert ("64량", 64, "량") in _quantities("경전철 차량 32편성(64량)이 투입된다.")
