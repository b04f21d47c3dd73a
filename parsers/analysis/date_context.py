"""Dates resolved by the other dates of the text: a day given by reference to another (`이날`,
`전날`, `같은 날`), a bare day joined to a dated one (`3월 2일·5일`), a month or a part of a year
that takes the year of the date before it in its sentence (`내년 2월 6일까지, … 2월 19일`), the
month told before (`지난달 … 지난해 같은 달보다`, `7월 1일부터 … 같은 달 25일`)."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from itertools import pairwise

from parsers.record.analysis import DateRef

# the day the text is about (이날), the one before (전날) or after (다음날): resolved by anaphora()
ANAPHORA = {"이날": 0, "당일": 0, "같은 날": 0, "전날": -1, "다음날": 1, "다음 날": 1, "이튿날": 1}
AMPM = {"오전": 0, "새벽": 0, "아침": 0, "오후": 12, "저녁": 12, "밤": 12, "낮": 12}
_BARE_TIME = tuple(AMPM)  # 오전, 오후 ...: a time that names no day
_NEAR_DAY = 120  # characters: a day named this close before, in the same paragraph, is the one meant
_DAY_PRECISIONS = ("day", "hour", "minute")


def anaphora(text: str, refs: list[DateRef], pub: date | None) -> None:
    """이날, 전날, 다음날 and a time with no day: the day named just before, in the same paragraph
    (`14일에는 ... 기록했다. 이날 관객은`), unless it opens a span (`9일부터 이날 오전까지`) or
    describes a noun (`지난해 1월 9일의 기록보다`); else the day the article leads with, its
    event's day; else the publish date."""
    days = [r for r in refs if r.precision in _DAY_PRECISIONS and r.first_day and not _is_anaphor(r)]
    lead = date.fromisoformat(days[0].first_day) if days else pub
    for ref in refs:
        word = _anaphor(ref)
        if word is None or ref.value is None:
            continue
        offset = ANAPHORA[word]
        # 전날 counts back from a day told, never one foretold (`오는 20일 총회 … 앞서 전날`)
        today = pub.isoformat() if offset < 0 and pub is not None else None
        near = [
            r
            for r in days
            if 0 <= ref.start - r.end <= _NEAR_DAY
            and "\n" not in text[r.end : ref.start]
            and r.relation != "from"
            and text[r.end : r.end + 1] != "의"  # 종전 최고치인 지난해 1월 9일의 기록: no event told
            and not (today and r.first_day > today)
        ]
        if near:
            base = date.fromisoformat(near[-1].first_day)
        elif today and lead.isoformat() > today:  # type: ignore[union-attr]
            base = pub  # the day before a future lead is the day before today
        else:
            base = lead
        day = (base + timedelta(days=offset)).isoformat()  # type: ignore[operator]
        ref.first_day = ref.last_day = day
        ref.value = day + ref.value[10:]  # a time of day (이날 오전 6시) stays


def coordinated_days(text: str, refs: list[DateRef]) -> None:
    """`다음 달 6일과 9일`, `3월 2일·5일`: a bare day joined to a dated day is in its month."""
    for before, ref in pairwise(refs):
        if (
            before.precision in _DAY_PRECISIONS
            and before.first_day
            and ref.precision == "day"
            and ref.first_day
            and _BARE_DAY.fullmatch(ref.text)
            and _JOINED.fullmatch(text, before.end, ref.start)
        ):
            try:
                day = date.fromisoformat(before.first_day).replace(day=int(ref.text.rstrip("일 ")))
            except ValueError:
                continue
            ref.first_day = ref.last_day = ref.value = day.isoformat()


_BARE_DAY = re.compile(r"[0-3]?\d\s*일")
_JOINED = re.compile(r"\s*(?:과|와|,|·|ㆍ|및|~|-|부터)\s*")


def year_in_context(text: str, refs: list[DateRef]) -> None:
    """`내년 2월 6일까지, 추가 합격 통보는 2월 19일 오후 9시까지`: a month named without its year,
    in the sentence of a date that names one, is in that year; so is a half or a quarter after
    one of its kind (`내년 상반기 중 신청해 하반기에 투약`), though not `연말` (`내년 상반기까지
    들여오고, 연말까지` is this year's end)."""
    anchor: DateRef | None = None  # the date just before, when it names its year or took one
    for ref in refs:
        bare = _BARE_MONTH.match(ref.text) or (
            anchor is not None
            and ref.precision == "part_of_year"
            and not _YEAR_NAMED.match(ref.text)
            and _sequence(anchor) is not None
            and _sequence(anchor) == _sequence(ref)
        )
        if (
            anchor is not None
            and anchor.first_day
            and ref.first_day
            and bare
            and not _SENTENCE_END.search(text, anchor.end, ref.start)
        ):
            year = anchor.first_day[:4]
            ref.first_day, ref.last_day = year + ref.first_day[4:], year + (ref.last_day or ref.first_day)[4:]
            ref.value = year + ref.value[4:] if ref.value else ref.value
            continue  # `2022년 상반기와 하반기`: the year passes on along a run of such dates
        anchor = ref if _NAMES_A_YEAR.search(ref.text) else None


def _sequence(ref: DateRef) -> str | None:
    """H for halves, Q for quarters: the parts of a year that follow one another in order."""
    label = ref.value[5:] if ref.value and ref.precision == "part_of_year" else ""
    return label[0] if label[:1] in ("H", "Q") else None


_NAMES_A_YEAR = re.compile(r"(?:19|20)\d\d|내년|지난해|작년|올해|이듬해")
_BARE_MONTH = re.compile(r"[01]?\d\s*월")
_YEAR_NAMED = re.compile(r"올|" + _NAMES_A_YEAR.pattern)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _anaphor(ref: DateRef) -> str | None:
    """이날, 전날 ...; a time with no day (`오후 3시 5분께`) means the day the text is about too."""
    if ref.text.startswith(_BARE_TIME):
        return "이날"
    return next((word for word in ANAPHORA if ref.text.startswith(word)), None)


def _is_anaphor(ref: DateRef) -> bool:
    return _anaphor(ref) is not None


def month_told(text: str, refs: list[DateRef]) -> None:
    """`지난달 … 지난해 같은 달보다`, `오는 7월 1일부터 … 같은 달 25일`: the month told just before
    in the paragraph (a year earlier for 지난해 같은 달); the publish month's, as first resolved,
    when none is told."""
    told: DateRef | None = None
    for ref in refs:
        same = _SAME_MONTH.fullmatch(ref.text)
        if same is None:
            if ref.precision in ("month", *_DAY_PRECISIONS) and ref.first_day:
                told = ref
            continue
        if told is None or ref.start - told.end > _NEAR_MONTH or "\n" in text[told.end : ref.start]:
            continue
        year, month = int(told.first_day[:4]) - (1 if same["year"] else 0), int(told.first_day[5:7])
        last = calendar.monthrange(year, month)[1]
        if same["day"]:
            if int(same["day"]) <= last:
                ref.first_day = ref.last_day = ref.value = f"{year:04d}-{month:02d}-{int(same['day']):02d}"
        else:
            ref.first_day, ref.last_day = f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
            ref.value = ref.first_day[:7]


_SAME_MONTH = re.compile(r"(?P<year>(?:지난해|작년|전년)\s*)?같은\s*달(?:\s*(?P<day>[0-3]?\d)\s*일)?")
_NEAR_MONTH = 200  # characters: the month meant is told in the same stretch of text
