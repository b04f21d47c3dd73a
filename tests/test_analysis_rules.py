"""Unit tests of the rules added after the round-2 fresh samples: ordinal and age-group uses of
`N대`, innings, signs, durations without a marker; people without titles, one-word foreign names,
companies named by context, clubs named by their city."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from parsers.analysis import analyze_text

PUB = datetime(2024, 10, 20, 21, 0, tzinfo=timezone(timedelta(hours=9)))


def _quantities(text):
    return [(q.value, q.unit, q.kind) for q in analyze_text(text, PUB).quantities]


# quantities --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "22대 국회 들어 세 번째 개편안이다.",
        "그는 18대 총선 때부터 활동했다.",
        "19대 대통령 선거가 치러졌다.",
        "KIA는 7회말 2루타로 승부를 갈랐다.",
        "9회초 수비에서 실책이 나왔다.",
    ],
)
def test_ordinal_uses_are_not_quantities(text):
    assert _quantities(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("40대 남성 A씨를 구속했다.", (40, "대", "age")),
        ("피해자 가운데 60대 이상이 절반이다.", (60, "대", "age")),
        ("20대와 30대 유권자가 늘었다.", (20, "대", "age")),
        ("20대와 30대 유권자가 늘었다.", (30, "대", "age")),
    ],
)
def test_age_groups(text, want):
    assert want in _quantities(text)


def test_machines_stay_a_count():
    assert (100, "대", "count") in _quantities("시제품 100대를 만들어 공급한다.")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("20년째 분식집을 운영한다.", (20, "년", "duration")),
        ("징역 15년을 선고받았다.", (15, "년", "duration")),
        ("피해 인정 1년이 지나도록 돌려받지 못했다.", (1, "년", "duration")),
        ("상용화까지 5년 정도 걸릴 것이다.", (5, "년", "duration")),
        ("표본오차는 ±3.1%포인트다.", (3.1, "%p", "percent")),
        ("영하 270도까지 냉각한다.", (-270, "℃", "measure")),
    ],
)
def test_durations_signs_and_below_zero(text, want):
    assert want in _quantities(text)


def test_a_year_is_still_a_date():
    assert _quantities("2015년을 돌아본다.") == []
