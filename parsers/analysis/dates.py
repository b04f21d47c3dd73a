"""Dates and times named in the text (`6일`, `올해 6월`, `지난해`, `2022년 초`, `오후 3시`), resolved
against the article's publish time.

The patterns read the text itself (they do not need Kiwi's tokens): date expressions are regular,
and a regex over a sentence costs far less than walking its tokens.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from parsers.analysis.date_context import (
    AMPM,
    ANAPHORA,
    anaphora,
    coordinated_days,
    month_told,
    year_in_context,
)
from parsers.analysis.quantity_shapes import length_patterns
from parsers.analysis.resources import Resources
from parsers.record.analysis import DateRef

_REL_DAY = {"그제": -2, "그저께": -2, "어제": -1, "오늘": 0, "내일": 1, "모레": 2}
_REL_MONTH = {"지난달": -1, "이번달": 0, "이달": 0, "다음달": 1, "내달": 1}
_REL_WEEK = {"지난주": -1, "이번주": 0, "금주": 0, "다음주": 1}
_WRITTEN = ("지난해", "작년", "전년", "지난", "오는", "이번")  # words written into the pattern itself
_A_YEAR_BEFORE = re.compile(r"(?:해|년)\s*$")
_MONTH_PARTS = "초순|중순|하순|초|말"  # 이달 초, 이달 말: still the month


def _alt(words: object) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))  # type: ignore[attr-defined]


# an election named by its day (`6·3 지방선거`, `4·10 총선`): no year is written
_ELECTIONS = "지방선거|총선|대선|재보궐선거|보궐선거|재보선|선거"
# what may follow a part of a year (`내년 상반기까지`, `올해 말에는`) and still leave it one
_PARTICLES = (
    "까지|부터|에|의|엔|께|쯤|경|중|은|는|이|가|을|를|도|으로|로|보다|다(?![가-힣])|인(?![가-힣])|이다"
    "|와|(?<!초)과"  # 상반기와 하반기, 연말과 (not 초과)
)


# `6월 말`, `지난 1월 초`: a part of a month is read with it, and the date is still the month
_IN_MONTH = rf"\s*(?:{_MONTH_PARTS})(?:(?![가-힣])|(?={_PARTICLES}))"


class DateFinder:
    """The compiled patterns for one set of date words."""

    def __init__(self, res: Resources) -> None:
        self.res = res
        years, parts = _alt(res.year_words), _alt(res.year_parts)
        bare_parts = _alt(
            p for p in res.year_parts if len(p) >= 2 and p not in ("초반", "중반", "후반", "말께")
        )
        # every expression starts with a digit or with one of these words: a lookahead on that first
        # character lets the regex engine skip the rest of the text five times faster
        leads = [
            *res.year_words,
            *res.year_parts,
            *_REL_DAY,
            *_REL_MONTH,
            *_REL_WEEK,
            *ANAPHORA,
            *AMPM,
            *_WRITTEN,
        ]
        first = "".join(sorted({word[0] for word in leads}))
        self.pattern = re.compile(
            rf"""(?=[0-9{first}])(?:(?<![0-9가-힣])(?<!\d\.)(?:
              (?P<same>(?:지난해|작년|전년)\s*같은\s*달)
            | (?P<em>[01]?\d)\s*[·ㆍ]\s*(?P<ed>[0-3]?\d)(?=\s*(?:{_ELECTIONS}))
            | (?P<dy>(?:19|20)\d\d)[.\-/]\s?(?P<dm>[01]?\d)[.\-/]\s?(?P<dd>[0-3]?\d)(?![0-9])\.?
            | (?:(?P<yn>(?:19|20)\d\d)\s*(?:학년도|년도?)(?!(?:간|대|째|만)|\s*동안)|(?P<yw>{years}))
              (?:\s*(?P<m>[01]?\d)\s*월(?:\s*(?P<d>[0-3]?\d)\s*일|{_IN_MONTH})?|\s*(?P<part>{parts})(?:(?![가-힣])|(?={_PARTICLES})))?
            | (?:(?P<mrel>지난|오는|이번)\s*)?(?P<m2>[01]?\d)\s*월(?:\s*(?P<d2>[0-3]?\d)\s*일|{_IN_MONTH})?
            | (?:(?P<drel>지난|오는)\s*)?(?P<d3>[0-3]?\d)\s*일
            | (?P<part2>{bare_parts})
            | (?P<rd>{_alt(_REL_DAY)})(?!날)
            | (?P<rm>지난\s?달|이번\s?달|이달|다음\s?달|내달)(?:\s*(?P<rmd>[0-3]?\d)\s*일|\s*(?:{_MONTH_PARTS})(?:(?![가-힣])|(?={_PARTICLES})))?
            | (?P<rw>지난\s?주|이번\s?주|금주|다음\s?주)(?:(?![가-힣])|(?={_PARTICLES}))
            | (?P<samem>같은\s*달)\s*(?P<smd>[0-3]?\d)\s*일
            | (?P<ana>{_alt(ANAPHORA)})
            )
            (?:\s*(?P<ampm>{_alt(AMPM)})?\s*(?P<h>[012]?\d)\s*시(?![간대청장민의내])
               (?:\s*(?P<mi>[0-5]?\d)\s*분|\s*(?P<half>반))?)?
            | (?<![0-9가-힣])(?P<ampm2>{_alt(AMPM)})\s*(?P<h2>[012]?\d)\s*시(?![간대청장민의내])
              (?:\s*(?P<mi2>[0-5]?\d)\s*분|\s*(?P<half2>반))?)
            """,
            re.VERBOSE,
        )
        self._length_after, self._length_verb = length_patterns(res.quantity_words, instrumental=False)

    def find(self, text: str, published: datetime | None) -> list[DateRef]:
        """Every date expression of `text`, in order; `sentence` is left at -1 for the caller."""
        out = []
        pub = published.date() if published is not None else None
        for match in self.pattern.finditer(text):
            if match.group("yw") == "올" and not (match.group("m") or match.group("part")):
                continue
            if match.group("ana") == "같은 날" and _A_YEAR_BEFORE.search(
                text[max(0, match.start() - 4) : match.start()]
            ):
                continue  # 지난해 같은 날: a day of another year, compared
            counted = match.group("d3") or (match.group("part2") or "")[:1].isdigit()  # 3일, 3분기
            if (
                counted
                and not match.group("h")  # a day with its hour is a date (25일 오전 9시 여의도 …)
                and (
                    self._length_after.match(text, match.end()) or self._length_verb.match(text, match.end())
                )
            ):  # 3일 동안, 12일 연속, 9일 빠른, 3분기 연속: a length of time
                continue
            ref = self._resolve(match, pub)
            if ref is not None:
                ref.relation = _relation(text, match.end())
                out.append(ref)
        coordinated_days(text, out)
        year_in_context(text, out)
        anaphora(text, out, pub)
        month_told(text, out)
        return out

    def _resolve(self, m: re.Match[str], pub: date | None) -> DateRef | None:
        g = m.groupdict()
        value: str | None = None
        first = last = None
        precision = "day"
        try:
            if g["ampm2"] is not None:
                day = pub
                precision = "hour"
                if day is not None:
                    first = last = day
            elif g["em"]:  # 6·3 지방선거: the election day nearest the publish date
                first = last = _nearest(pub, int(g["em"]), int(g["ed"]))
            elif g["dy"]:
                first = last = date(int(g["dy"]), int(g["dm"]), int(g["dd"]))
            elif g["yn"] or g["yw"]:
                year = int(g["yn"]) if g["yn"] else _shift_year(pub, self.res.year_words[g["yw"]])
                precision, first, last, value = self._in_year(year, g["m"], g["d"], g["part"])
            elif g["m2"]:
                month = int(g["m2"])
                year = _year_for_month(pub, month, g["mrel"])
                precision, first, last, value = self._in_year(year, g["m2"], g["d2"], None)
            elif g["d3"]:
                first = last = _day_near(pub, int(g["d3"]), g["drel"])
                if first is None and pub is not None:
                    return None
            elif g["part2"]:
                year = pub.year if pub is not None else None
                precision, first, last, value = self._in_year(year, None, None, g["part2"])
            elif g["same"]:  # 지난해 같은 달: the publish month, a year before
                precision = "month"
                if pub is not None:
                    first, last = _month_span(pub.year - 1, pub.month)
                    value = first.isoformat()[:7]
            elif g["samem"]:  # 같은 달 25일: for now the publish month's; month_told() moves it
                first = last = pub.replace(day=int(g["smd"])) if pub is not None else None
            elif g["ana"]:
                first = last = pub  # for now: anaphora() moves it, once every day of the text is known
            elif g["rd"]:
                first = last = pub + timedelta(days=_REL_DAY[g["rd"]]) if pub is not None else None
            elif g["rm"]:
                precision = "month"
                if pub is not None:
                    first, last = _month_span(
                        *_add_months(pub.year, pub.month, _REL_MONTH[g["rm"].replace(" ", "")])
                    )
                    value = first.isoformat()[:7]
                    if g["rmd"]:
                        first = last = first.replace(day=int(g["rmd"]))
                        precision, value = "day", None
            else:
                precision = "week"
                if pub is not None:
                    monday = (
                        pub
                        - timedelta(days=pub.weekday())
                        + timedelta(weeks=_REL_WEEK[g["rw"].replace(" ", "")])
                    )
                    first, last = monday, monday + timedelta(days=6)
        except ValueError:
            return None
        if precision == "week" and first is not None:
            iso = first.isocalendar()
            value = f"{iso[0]}-W{iso[1]:02d}"
        hour = g["h"] or g["h2"]
        if hour is not None and precision in ("day", "hour"):
            precision, value = _time(first, g, hour)
        elif value is None and first is not None:
            value = first.isoformat() if precision == "day" else value
        return DateRef(m.group(), m.start(), m.end(), -1, value, precision, _iso(first), _iso(last))

    def _in_year(
        self, year: int | None, month: str | None, day: str | None, part: str | None
    ) -> tuple[str, date | None, date | None, str | None]:
        if month:
            if not 1 <= int(month) <= 12:
                raise ValueError(month)
            if day:
                if year is None:
                    date(2000, int(month), int(day))
                    return "day", None, None, None
                d = date(year, int(month), int(day))
                return "day", d, d, d.isoformat()
            if year is None:
                return "month", None, None, None
            first, last = _month_span(year, int(month))
            return "month", first, last, f"{year:04d}-{int(month):02d}"
        if part:
            label, m1, m2 = self.res.year_parts[part]
            if year is None:
                return "part_of_year", None, None, None
            return "part_of_year", date(year, m1, 1), _month_span(year, m2)[1], f"{year:04d}-{label}"
        if year is None:
            return "year", None, None, None
        return "year", date(year, 1, 1), date(year, 12, 31), f"{year:04d}"


def _time(day: date | None, g: dict[str, str | None], hour_text: str) -> tuple[str, str | None]:
    hour = int(hour_text)
    ampm = g["ampm"] or g["ampm2"]
    if ampm and hour < 12:
        hour += AMPM[ampm]
    minute_text = g["mi"] or g["mi2"]
    minute = int(minute_text) if minute_text else 30 if (g["half"] or g["half2"]) else 0
    if hour > 24 or minute > 59:
        raise ValueError(hour_text)
    precision = "minute" if minute_text or g["half"] or g["half2"] else "hour"
    if day is None:
        return precision, None
    return precision, f"{day.isoformat()}T{hour % 24:02d}:{minute:02d}"


def _relation(text: str, end: int) -> str | None:
    tail = text[end : end + 3].lstrip()
    if tail.startswith("부터"):
        return "from"
    if tail.startswith("까지"):
        return "until"
    return None


def _shift_year(pub: date | None, offset: int) -> int | None:
    return pub.year + offset if pub is not None else None


def _year_for_month(pub: date | None, month: int, rel: str | None) -> int | None:
    if pub is None:
        return None
    if rel == "지난" and month >= pub.month:
        return pub.year - 1
    if rel == "오는" and month < pub.month:
        return pub.year + 1
    return pub.year


def _day_near(pub: date | None, day: int, rel: str | None) -> date | None:
    """A bare day of the month: the publish month, or the one before (지난) or after (오는)."""
    if pub is None:
        if not 1 <= day <= 31:
            raise ValueError(day)
        return None
    year, month = pub.year, pub.month
    if rel == "지난" and day >= pub.day:
        year, month = _add_months(year, month, -1)
    elif rel == "오는" and day <= pub.day:
        year, month = _add_months(year, month, 1)
    return date(year, month, day)


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _nearest(pub: date | None, month: int, day: int) -> date | None:
    """The date of that month and day nearest the publish date (a year before, that year or the next)."""
    if pub is None:
        return None
    return min((date(pub.year + k, month, day) for k in (-1, 0, 1)), key=lambda d: abs((d - pub).days))
