"""Publish and modify times from machine formats (ISO 8601) and Korean date lines.

Korean pages print dates as `2021-08-06 17:55:23`, `2021.08.06 17:55`, `2021년 08월 06일 (금) 17:55`,
`2021. 08. 06. 오후 5:55`, usually after a label (입력, 등록, 수정 ...). A time without a zone is
Korea's: Asia/Seoul has had no daylight saving since 1988, so a fixed +09:00 is exact.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

KST = timezone(timedelta(hours=9), "KST")

_DATE = (
    r"(?P<y>(?:19|20)\d\d)\s*(?:[.\-/]|년)\s*(?P<m>[01]?\d)\s*(?:[.\-/]|월)\s*(?P<d>[0-3]?\d)(?!\d)\s*(?:일|\.)?"
    r"(?:\s*[(\[]?\s*[월화수목금토일](?:요일)?\s*[)\]]?)?"
)
_TIME = (
    r"(?:\s*[T,]?\s*[(\[]?\s*(?P<ampm>오전|오후|AM|PM|am|pm)?\s*(?P<H>[0-2]?\d)\s*(?::|시)\s*(?P<M>[0-5]\d|\d(?=\s*분))"
    r"(?:\s*(?::|분)\s*(?P<S>[0-5]\d)(?:\.\d+)?)?\s*(?:분|초)?"
    r"(?:\s*(?P<ampm2>AM|PM|am|pm))?"
    r"(?P<tz>\s*(?:Z|[+\-]\d\d:?\d\d))?)?"
)
DATE_TIME = re.compile(_DATE + _TIME)
# `24-06-12 15:30` (board software): trusted only right after a label, with a time
SHORT_DATE_TIME = re.compile(
    r"(?P<y>\d\d)[.\-/](?P<m>[01]\d)[.\-/](?P<d>[0-3]\d)\s+(?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?"
)
COMPACT = re.compile(r"(?<!\d)((?:19|20)\d\d)([01]\d)([0-3]\d)(?:([0-2]\d)([0-5]\d)([0-5]\d)?)?(?!\d)")

PUBLISHED_LABELS = (
    "기사입력", "입력", "등록", "승인", "게재", "발행", "작성", "송고", "보도", "배포", "게시", "날짜",
    "Posted", "Published", "Created",  # an English edition: `Posted : 2025-06-05 08:41`
)  # fmt: skip
MODIFIED_LABELS = (
    "최종수정",
    "최종 수정",
    "최종업데이트",
    "최종 업데이트",
    "최종편집",
    "최종 편집",
    "수정",
    "업데이트",
    "갱신",
    "변경",
    "Last updated",
    "Updated",
    "Modified",
)
_LABEL = re.compile(
    "(?P<label>" + "|".join(sorted(PUBLISHED_LABELS + MODIFIED_LABELS, key=len, reverse=True)) + r")"
    r"(?:\s*(?:일자|일시|시간|일))?\s*[:：]?\s*"
)


def parse_datetime(text: str | None) -> datetime | None:
    """The first date (with its time, if given) in `text`, as an aware datetime; None if none."""
    if not text:
        return None
    text = text.strip()
    iso = _parse_iso(text)
    if iso is not None:
        return iso
    match = DATE_TIME.search(text)
    if match:
        return _from_match(match)
    compact = COMPACT.search(text)
    if compact:
        y, mo, d, hh, mm, ss = compact.groups()
        return _build(int(y), int(mo), int(d), int(hh or 0), int(mm or 0), int(ss or 0), None)
    return None


def has_time(text: str) -> bool:
    match = DATE_TIME.search(text)
    return bool(match and match.group("H"))


def labelled_dates(text: str) -> tuple[datetime | None, datetime | None]:
    """(published, modified) from a date line such as `입력 2021.08.06 17:55 | 수정 2021.08.07 09:00`;
    an unlabelled date right before the modify label is the publish time (`2025.09.30 07:00
    업데이트 2025.09.30 11:24`). A modify label far above the first publish label is the site's
    (`최종편집 : 2025/05/06` in the top bar), not the article's."""
    published = None
    published_at = None
    modifications: list[tuple[int, datetime]] = []
    for label in _LABEL.finditer(text):
        rest = text[label.end() : label.end() + 60]
        match = DATE_TIME.match(rest)
        short = None if match else SHORT_DATE_TIME.match(rest)
        if not match and not short:
            continue
        when = _from_match(match) if match else _from_short(short)
        if when is None:
            continue
        if label.group("label") in MODIFIED_LABELS:
            modifications.append((label.start(), when))
        else:
            published = _finer(published, when)
            published_at = label.start() if published_at is None else published_at
    if published_at is not None:
        modifications = [(at, when) for at, when in modifications if published_at - at <= _ONE_LINE]
    modified = None
    for _, when in modifications:
        modified = _finer(modified, when)
    if published is None and modifications:
        modified_at = modifications[0][0]
        before = [m for m in DATE_TIME.finditer(text, max(0, modified_at - _UNLABELLED_GAP), modified_at)]
        if before and before[-1].group("H"):
            published = _from_match(before[-1])
    return published, modified


_ONE_LINE = 80  # characters: a date line's labels sit closer together than this
_UNLABELLED_GAP = 40  # characters: an unlabelled date this close before 수정/업데이트 is the other one


def last_stamp(text: str) -> datetime | None:
    """The last date with its time of day in `text` (`[2009-03-14 오후 2:11:00]`), no label needed:
    the header line of a page that labels nothing."""
    stamps = [m for m in DATE_TIME.finditer(text) if m.group("H")]
    return _from_match(stamps[-1]) if stamps else None


def _finer(first: datetime | None, later: datetime) -> datetime:
    """The first labelled date, unless a later label gives the same day with its time of day
    (`게재 일자 : 2025년 03월 12일` before `입력 2025-03-12 11:42`)."""
    if first is None:
        return later
    if (
        first.date() == later.date()
        and (first.hour, first.minute) == (0, 0)
        and (later.hour, later.minute) != (0, 0)
    ):
        return later
    return first


def _from_short(match: re.Match[str]) -> datetime | None:
    return _build(
        2000 + int(match["y"]),
        int(match["m"]),
        int(match["d"]),
        int(match["H"]),
        int(match["M"]),
        int(match["S"] or 0),
        None,
    )


def _parse_iso(text: str) -> datetime | None:
    if not re.match(r"^\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d(\.\d+)?)?)?\s*(Z|[+\-]\d\d:?\d\d)?$", text):
        return None
    text = text.replace("Z", "+00:00").replace(" ", "T", 1).replace(" ", "")
    if re.search(r"[+\-]\d{4}$", text):
        text = text[:-2] + ":" + text[-2:]
    try:
        value = datetime.fromisoformat(text).replace(microsecond=0)  # pages show seconds at most
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=KST)


def _from_match(match: re.Match[str]) -> datetime | None:
    hour = int(match.group("H") or 0)
    ampm = match.group("ampm") or match.group("ampm2")
    if ampm and ampm.lower() in ("오후", "pm") and hour < 12:
        hour += 12
    elif ampm and ampm.lower() in ("오전", "am") and hour == 12:
        hour = 0
    return _build(
        int(match.group("y")),
        int(match.group("m")),
        int(match.group("d")),
        hour,
        int(match.group("M") or 0),
        int(match.group("S") or 0),
        match.group("tz"),
    )


def _build(y: int, mo: int, d: int, hh: int, mm: int, ss: int, tz: str | None) -> datetime | None:
    zone = KST
    if tz:
        tz = tz.strip()
        if tz == "Z":
            zone = timezone.utc
        else:
            sign = -1 if tz[0] == "-" else 1
            digits = tz[1:].replace(":", "")
            zone = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))
    try:
        return datetime(y, mo, d, hh, mm, ss, tzinfo=zone)
    except ValueError:
        return None


_URL_DATE = re.compile(r"/((?:19|20)\d\d)([/-])([01]\d)\2([0-3]\d)(?:/|$)")


def date_in_url(url: str | None) -> datetime | None:
    """The day a URL is filed under (`/2025/09/02/`, `/2025-09-02/`), as midnight in Seoul: a
    publish date of last resort, for pages that show none."""
    match = _URL_DATE.search(url or "")
    if match is None:
        return None
    try:
        return datetime(int(match.group(1)), int(match.group(3)), int(match.group(4)), tzinfo=KST)
    except ValueError:
        return None
