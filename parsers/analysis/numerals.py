"""Read numbers written the Korean way: `3만 1000`, `5조 2천억`, `1억2000만`, `1,234`, `3.5`, `오천`.

Korean groups digits by four: 만 (10^4), 억 (10^8), 조 (10^12), 경 (10^16) close a group, and 십,
백, 천 multiply within it. Arabic digits and Hangul numerals mix freely (`2천억`).
"""

from __future__ import annotations

import re

SMALL = {"십": 10, "백": 100, "천": 1000}
BIG = {"만": 10**4, "억": 10**8, "조": 10**12, "경": 10**16}
DIGITS = {"영": 0, "공": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
_PIECE = re.compile(r"\d+(?:\.\d+)?|[영공일이삼사오육칠팔구십백천만억조경]")
NUMERAL_CHARS = frozenset("영공일이삼사오육칠팔구십백천만억조경")
_MAX_CHARS = 24  # longer runs of digits are codes or noise, not amounts


def parse_number(text: str) -> int | float | None:
    """The value of a written number, or None when it is not one (or says no amount, as 수십)."""
    compact = re.sub(r"[\s,]", "", text)
    if not compact or len(compact) > _MAX_CHARS or _PIECE.sub("", compact):
        return None
    total = 0.0
    section = 0.0
    pending: float | None = None
    for piece in _PIECE.findall(compact):
        if piece[0].isdigit():
            if pending is not None:
                return None
            pending = float(piece)
        elif piece in DIGITS:
            if pending is not None:
                return None
            pending = DIGITS[piece]
        elif piece in SMALL:
            section += (1 if pending is None else pending) * SMALL[piece]
            pending = None
        else:
            section += pending or 0
            total += (section or 1) * BIG[piece]
            section, pending = 0.0, None
    total += section + (pending or 0)
    return as_number(total)


def as_number(value: float) -> int | float:
    """An int when the value is whole, so `31000` does not print as `31000.0`."""
    return int(value) if value == int(value) and abs(value) < 2**63 else round(value, 6)


def parse_native(word: str, natives: dict[str, int]) -> int | None:
    """The value of a native numeral before a counter: 한 (1), 스무 (20), 열두 (12), 스물세 (23)."""
    if word in natives:
        return natives[word]
    for tens in ("열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"):
        rest = word[len(tens) :]
        if word.startswith(tens) and rest in natives and natives[rest] < 10:
            return natives[tens] + natives[rest]
    return None
