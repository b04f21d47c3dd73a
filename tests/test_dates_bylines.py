"""Korean date lines and bylines in the forms the parse issue lists."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from parsers.extract.bylines import emails_in, is_byline_line, names_in
from parsers.extract.dates import labelled_dates, parse_datetime

KST = timezone(timedelta(hours=9))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-08-06 17:55:23", datetime(2021, 8, 6, 17, 55, 23, tzinfo=KST)),
        ("2021.08.06 17:55", datetime(2021, 8, 6, 17, 55, tzinfo=KST)),
        ("2021년 08월 06일 (금) 17:55", datetime(2021, 8, 6, 17, 55, tzinfo=KST)),
        ("2021. 8. 6. 오후 5:55", datetime(2021, 8, 6, 17, 55, tzinfo=KST)),
        ("2021.08.06 오전 12:05", datetime(2021, 8, 6, 0, 5, tzinfo=KST)),
        ("2021/08/06", datetime(2021, 8, 6, tzinfo=KST)),
        ("2021-08-06T08:55:23Z", datetime(2021, 8, 6, 8, 55, 23, tzinfo=timezone.utc)),
        ("2021-08-06T17:55:23+0900", datetime(2021, 8, 6, 17, 55, 23, tzinfo=KST)),
        ("20210806175523", datetime(2021, 8, 6, 17, 55, 23, tzinfo=KST)),
        ("2021년 8월 6일 17시 55분", datetime(2021, 8, 6, 17, 55, tzinfo=KST)),
    ],
)
def test_date_formats(text: str, expected: datetime) -> None:
    assert parse_datetime(text) == expected


def test_no_date_and_impossible_dates() -> None:
    assert parse_datetime("조회수 1234") is None
    assert parse_datetime("2021-02-30 10:00") is None
    assert parse_datetime("") is None


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        ("입력 2021.08.06 17:55 | 수정 2021.08.07 09:00", (2021, 8, 6, 17, 55), (2021, 8, 7, 9, 0)),
        (
            "기사입력 2021-08-06 17:55:23 최종수정 2021-08-06 18:01:02",
            (2021, 8, 6, 17, 55),
            (2021, 8, 6, 18, 1),
        ),
        ("등록 2021-08-06 17:55:23", (2021, 8, 6, 17, 55), None),
        ("승인 2021.08.06 17:55", (2021, 8, 6, 17, 55), None),
        (
            "등록일 : 2021년 08월 06일 (금) 17:55 업데이트 : 2021년 08월 06일 (금) 19:00",
            (2021, 8, 6, 17, 55),
            (2021, 8, 6, 19, 0),
        ),
        ("작성일 2026-01-07 14:11:54", (2026, 1, 7, 14, 11), None),
        ("입력 : 2021.08.06. 오후 5:55", (2021, 8, 6, 17, 55), None),
        # a print-edition date line before the web one: the same day with its time wins
        ("게재 일자 : 2025년 03월 12일(水) 입력 2025-03-12 11:42", (2025, 3, 12, 11, 42), None),
        ("입력 2025-03-11 09:00 게재 일자 : 2025년 03월 12일", (2025, 3, 11, 9, 0), None),
    ],
)
def test_labelled_date_lines(line: str, published: tuple, modified: tuple | None) -> None:
    pub, mod = labelled_dates(line)
    assert pub == datetime(*published, tzinfo=KST).replace(second=pub.second)
    assert (
        (mod is None)
        if modified is None
        else mod == datetime(*modified, tzinfo=KST).replace(second=mod.second)
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("이성헌 기자", ["이성헌"]),
        ("(서울=연합뉴스) 홍길동 기자 = 정부가 6일 발표했다.", ["홍길동"]),
        ("[OSEN=선미경 기자] 가수 아이유가", ["선미경"]),
        ("[OO일보 홍길동 기자] 정부는", ["홍길동"]),
        ("홍길동 기자 hong@example.co.kr", ["홍길동"]),
        ("워싱턴=김철수 특파원", ["김철수"]),
        ("김철수·이영희 기자", ["김철수", "이영희"]),
        ("(세종=연합뉴스) 이세원 이대희 민경락 기자 = 작년 12월", ["이세원", "이대희", "민경락"]),
        ("사회부 박민수 선임기자", ["박민수"]),
        ("정다은 인턴기자", ["정다은"]),
        ("남궁민수 기자", ["남궁민수"]),
        ("[한국스포츠경제 정진영] 그룹 빅뱅의 멤버", ["정진영"]),
        ("(서울=연합뉴스) 연합 기자", []),
        ("뉴시스 기자", []),
    ],
)
def test_byline_names(text: str, names: list[str]) -> None:
    assert names_in(text) == names


def test_emails_and_byline_lines() -> None:
    assert emails_in("홍길동 기자 hong@example.co.kr.") == ["hong@example.co.kr"]
    assert is_byline_line("홍길동 기자 hong@example.co.kr")
    assert is_byline_line("/홍길동 기자")
    assert not is_byline_line("홍길동 기자는 이날 현장에서 주민들과 만나 피해 상황을 자세히 들었다고 전했다.")


def test_board_and_broadcast_date_forms() -> None:
    assert labelled_dates("작성일 24-06-12 15:30")[0] == datetime(2024, 6, 12, 15, 30, tzinfo=KST)
    assert labelled_dates("입력 2024.06.12 (21:40) 수정 2024.06.12 (22:05)")[1] == datetime(
        2024, 6, 12, 22, 5, tzinfo=KST
    )
    assert parse_datetime("24-06-12 15:30") is None  # a two-digit year only counts after a label
    assert parse_datetime("2024-06-12T06:30:12.418Z") == datetime(2024, 6, 12, 6, 30, 12, tzinfo=timezone.utc)


def test_names_next_to_the_role_word_only() -> None:
    assert names_in("도시의 사라지는 공간들을 기록하는 프리랜서 기자") == []
    assert names_in("김민서 기자 박지훈 기자") == ["김민서", "박지훈"]
    assert names_in("홍길동 수습 기자") == ["홍길동"]


def test_an_unlabelled_date_right_before_the_modify_label_is_the_publish_time() -> None:
    from parsers.extract.dates import labelled_dates

    published, modified = labelled_dates("윤시온 기자 2025.09.30 07:00 업데이트 2025.09.30 11:24")
    assert (published.hour, published.minute, modified.hour) == (7, 0, 11)
    assert labelled_dates("1면 2025.01.02 알림 ... 수정 2025.09.30 11:24")[0] is None  # no time, too far
