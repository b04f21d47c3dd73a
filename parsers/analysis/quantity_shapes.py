"""Tests on the text and the tokens around a number, for the quantity finder: what stands right
before or after it (a word, a noun, a space), and small sums on its parts."""

from __future__ import annotations

import re
from bisect import bisect_right

from parsers.analysis.numerals import BIG, as_number
from parsers.analysis.sentences import Tok

_PARTICLE_FORMS = frozenset("의에은는이가을를도로와과만")


def scale_low(low_text: str, low: int | float, high_last: str) -> int | float:
    """`2~3억원` means 2억 to 3억: a bare low end takes the high end's 만/억/조."""
    if high_last[-1:] in BIG and low_text.replace(",", "").replace(".", "").isdigit():
        return as_number(low * BIG[high_last[-1]])
    return low


def rank_after(pattern: re.Pattern[str], text: str, end: int) -> bool:
    """`3대 프로젝트`, `5대 과제를`, `3대암`: a noun of ranking right after `N대`, ended there or by
    a particle."""
    match = pattern.match(text, end)
    if match is None:
        return False
    nxt = text[match.end() : match.end() + 1]
    return not nxt or not "가" <= nxt <= "힣" or nxt in "을를이가은는의에와과도로인"


def next_word(toks: list[Tok], j: int) -> int:
    k = j + 1
    while k < len(toks) and toks[k].start <= toks[k - 1].end:
        k += 1
    return k


def noun_follows(toks: list[Tok], j: int, end: int) -> bool:
    """The next word, after a space, is a noun (`4세대 아이돌`)."""
    return j < len(toks) and toks[j].start == end + 1 and toks[j].tag in ("NNG", "NNP", "SL")


def inner_approx(toks: list[Tok], last: int) -> int | None:
    """Index of the big unit after `여` inside a number (`1천여만`: 천, 여, 만), if there is one."""
    if last + 2 >= len(toks):
        return None
    mark, unit = toks[last + 1], toks[last + 2]
    if mark.form != "여" or mark.start != toks[last].end or unit.start != mark.end:
        return None
    return last + 2 if unit.tag == "NR" and unit.form in BIG else None


def compound_noun(text: str, toks: list[Tok], j: int, end: int) -> bool:
    """A common noun written on right after the counter (`3점슛`), as the text has it: not a
    particle Kiwi split into a syllable and a jamo (`%를` comes out as 르/NNG ᆯ/JKO)."""
    tok = toks[j]
    if tok.start != end or tok.tag != "NNG" or text[tok.start : tok.end] != tok.form:
        return False
    if tok.form in _PARTICLE_FORMS:
        return False  # 98㎜의: Kiwi may tag a particle as a noun after a symbol
    return not (
        j + 1 < len(toks) and toks[j + 1].start < tok.end + 1 and "\u11a8" <= toks[j + 1].form[:1] <= "\u11ff"
    )


def ends_with_word(before: str, words: tuple[str, ...]) -> bool:
    """`약 500명`, `근 100명`: `before` ends with one of `words` as a whole word (not `최근`)."""
    for word in words:
        if before.endswith(word) and (len(before) == len(word) or not before[-len(word) - 1].isalnum()):
            return True
    return False


def skip_space(text: str, pos: int, most: int) -> int:
    stop = pos
    while stop < len(text) and stop - pos < most and text[stop] == " ":
        stop += 1
    return stop


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect_right(spans, (pos, float("inf")))
    return i > 0 and pos < spans[i - 1][1]


def length_patterns(
    words: dict[str, tuple[str, ...]], *, instrumental: bool
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(marker, verb): what, after `3일` or `5년`, makes it a length of time rather than a date: a
    word such as 동안 or 연속 with its particle (also 으로/로 when `instrumental`: `3년으로`), or a
    verb of time passing (`1년이 지나`, `5년에 걸쳐`, `9일 빠른`). The quantity and date finders
    read the same lists."""
    markers = "|".join(words["duration_after"])
    particles = "[에의은는이가을를도인]|으로|로" if instrumental else "[에의은는이가을를도인]"  # 뒤인
    verbs = "|".join(words["duration_verbs"])
    return (
        re.compile(rf"\s*(?:{markers})(?:{particles}|보다|부터|까지|(?![가-힣]))"),
        re.compile(rf"(?:[이가은는도]|에)?\s*(?:{verbs})"),
    )
