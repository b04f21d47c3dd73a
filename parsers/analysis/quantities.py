"""Quantities: a number (digits, Korean numerals or a native numeral) followed by a counter or currency.

A number with no unit after it is not a quantity: that keeps out `코로나19`, scores, list numbers and
codes. Numbers after `제` are ordinals (`제2차관`), and numbers inside a date (`6일`, `2021년`) belong
to the dates, which are found first and passed in as `taken`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.analysis import words
from parsers.analysis.counter_names import CounterNames
from parsers.analysis.numerals import BIG, as_number, parse_native, parse_number
from parsers.analysis.quantity_shapes import (
    compound_noun,
    ends_with_word,
    inner_approx,
    inside,
    length_patterns,
    next_word,
    scale_low,
    skip_space,
)
from parsers.analysis.resources import Resources
from parsers.analysis.sentences import Sent, Tok
from parsers.record.analysis import AT_LEAST, AT_MOST, Quantity

_NUMBER_TAGS = frozenset({"SN", "NR", "MM"})
_GLUED_BEFORE = frozenset({"NNG", "NNP", "SL", "SH", "XPN"})
_NATIVE_KINDS = frozenset({"count", "duration", "multiple", "age", "score"})  # 두 골 차로
_LONE_DURATION = {"년": "duration", "일": "duration", "분": "duration"}
_MAX_UNIT = 5
# 오후 3시 20분, 전반 23분: a minute on a clock or a match clock, not a length of time (70분에서);
# 3분의 1 is a fraction
_MINUTE_OF = re.compile(r"(?:시|전반|후반|연장)\s*$")
# `25년 3월`, `25년 하반기`: a year written short, not a length of time
_SHORT_YEAR = re.compile(r"\s*(?:\d{1,2}\s*월|상반기|하반기|초|말|중반|후반|들어)")
_MINUS = frozenset({"-", "−", "–"})
_SIGNS = frozenset({"±", "+"})  # ±3.1%포인트: a margin, still a quantity
_HALF = re.compile(r" ?반(?:(?![가-힣])|(?=만|에|이|의|을|은|도))")
_MODIFIER_ENDINGS = ("는", "은", "던", "의", "한")
_LIST_MARKS = frozenset("·ㆍ")
_MAGNITUDE = re.compile(r"규모\s?$")  # an earthquake's magnitude: 규모 4.8
_ONE_DAY = "하루"


@dataclass
class _Num:
    value: int | float
    first: int  # token indices of the number
    last: int
    high: int | float | None = None  # the upper end, for 두세 or 두 세
    approx: bool = False  # 1천여만: 여 inside the number


# a time written as one word of hours, minutes and seconds (`2시간10분58초`, `6분41초`): a record or
# a clock reading, like a clock time no amount
_TIME_RUN = re.compile(r"\d{1,3}시간\d{1,2}분(?:\d{1,2}(?:\.\d+)?초)?|\d{1,3}분\d{1,2}(?:\.\d+)?초")


class QuantityFinder:
    """Finds quantities in tokenised sentences."""

    def __init__(self, res: Resources) -> None:
        self.res = res
        self.words = res.quantity_words
        least, most = ("|".join(map(re.escape, self.words[r])) for r in ("at_least_after", "at_most_after"))
        # 이상, 넘는, 미만 ... after the unit, maybe after up to three particle characters and spaces
        self._bound = re.compile(
            rf"[이가을를은는도에 ]{{0,3}}?(?:(?P<least>{least})|(?P<most>{most}))[가-힣]*"
        )
        self._bounded_before = (
            self.words["approx_before"] + self.words["at_least_before"] + self.words["at_most_before"]
        )
        self._duration, self._duration_verb = length_patterns(self.words, instrumental=True)
        self._age_group = re.compile(
            rf"(?:\s*(?:[와과,·~∼]|및|또는)\s*\d+대)*\s*(?:{'|'.join(self.words['age_group'])})"
        )
        # 하루 counts only before a word of difference or span (하루 전, 하루 만에); 하루 평균 is a rate
        after_one_day = [
            w.removesuffix("$") + ("(?![가-힣])" if w.endswith("$") else "")
            for w in self.words["one_day_after"]
        ]
        self._one_day = re.compile(rf"\s*(?:{'|'.join(after_one_day)})")
        self._names = CounterNames(self.words)

    def find(self, text: str, sent: Sent, taken: list[tuple[int, int]]) -> list[Quantity]:
        """The quantities of one sentence; `taken` are the (sorted) spans of its dates."""
        toks = sent.toks
        days = self.res.day_counts
        if not any(t.tag in _NUMBER_TAGS or t.form in days or t.form == _ONE_DAY for t in toks):
            return []
        ends = {t.end for t in toks}
        out = []
        i = 0
        while i < len(toks):
            t = toks[i]
            if (i == 0 or toks[i - 1].end < t.start) and (
                t.form in days or (t.form == _ONE_DAY and self._one_day.match(text, t.end))
            ):
                out.append(self._days(text, sent, t))
            if t.tag == "SN" and (run := _TIME_RUN.match(text, t.start)) is not None:
                while i < len(toks) and toks[i].start < run.end():  # 2시간10분58초: a record time
                    i += 1
                continue
            if t.tag in _NUMBER_TAGS and not inside(t.start, taken):
                found = self._at(text, sent, i, ends)
                if found is not None:
                    quantity, i = found
                    out.append(quantity)
                    continue
            i += 1
        return out

    def _at(self, text: str, sent: Sent, i: int, ends: set[int]) -> tuple[Quantity, int] | None:
        toks = sent.toks
        t = toks[i]
        if (
            i > 0
            and toks[i - 1].end == t.start
            and toks[i - 1].tag in _GLUED_BEFORE | {"SN", "SF", "SP"}
            and toks[i - 1].form not in _SIGNS
            and toks[i - 1].form not in _LIST_MARKS  # 3천906표·38.2%: the next item of a list
        ):
            return None
        if (
            i > 0
            and t.tag != "SN"  # 시청자 수 186만여명: before digits, 수 is the count itself
            and toks[i - 1].form in self.words["vague_before"]
            and (i == 1 or toks[i - 2].end < toks[i - 1].start)
        ):
            return None  # 수 조원: some trillions (but 조회수 3천만 회 is a count)
        native = t.tag == "MM"
        num = self._native(toks, i) if native else self._number(text, toks, i)
        if num is None and t.tag == "NR":  # 다섯 차례: Kiwi may tag a native numeral NR
            native = True
            num = self._native(toks, i)
        if num is None or (t.tag == "NR" and num.last == i and t.form in ("영", "공")):
            return None  # 영도에서: a place (Yeongdo), not zero degrees
        pos = toks[num.last].end
        high = num.high
        mark = text[pos : pos + 1]
        if mark and mark in self.words["range_marks"] and not native:
            j = words.token_at(toks, sent.starts, pos + 1)
            if j < len(toks) and toks[j].start <= pos + 2 and toks[j].tag in ("SN", "NR"):
                other = self._number(text, toks, j)
                if other is not None:
                    high, pos = other.value, toks[other.last].end
                    num.value = scale_low(
                        text[t.start : toks[num.last].end], num.value, toks[other.last].form
                    )
        approx = num.approx
        after = skip_space(text, pos, 1)
        if text.startswith("여", pos):
            approx, after = True, pos + 1
            after = skip_space(text, after, 1)
        unit = self._unit(text, after, ends, native)
        if unit is None:
            magnitude = _MAGNITUDE.search(text, sent.start, t.start)
            if native or magnitude is None or not 0 < num.value < 10:
                return None
            quantity = Quantity(  # 규모 4.8: the unit stands before the number
                text=text[magnitude.start() : pos],
                start=magnitude.start(),
                end=pos,
                sentence=sent.index,
                value=num.value,
                unit="규모",
                kind="measure",
                approx=approx,
                bound=self._bound_after(text, pos)[0],
            )
            return quantity, num.last + 1
        word, counter_unit, kind = unit
        end = after + len(word)
        if text.startswith(("당", "제"), end) or (
            text.startswith("째", end) and kind not in ("duration", "score")
        ):  # 1인당: a rate; 4년제 대학, 2부제: a system; 30번째: an ordinal (but 20년째 running; 3패째)
            return None
        glued = words.token_at(toks, sent.starts, end)
        if (
            glued < len(toks)
            and compound_noun(text, toks, glued, end)
            and toks[glued].form not in self.words["glued_after"]
        ):
            return None  # 3점슛: the counter is the head of a compound noun, not a count
        start = t.start
        before = text[max(sent.start, start - 6) : start].rstrip()  # 집행유예 5년
        if self._names.names(
            text, toks, sent, counter_unit, num.value, native, start, end, glued=after == pos
        ):
            return None  # 대장암 2기, 22대 국회, 1인 시위, 18번 홀, 7회말: the number names, not counts
        if counter_unit == "대" and not native and self._age_group.match(text, end):
            kind = "age"  # 20대 남성, 60대 이상: people in their twenties, sixties
        if (
            kind == "duration"
            and word in _LONE_DURATION
            and isinstance(num.value, int)  # 27.4일: a decimal is a length, never a date
            and not self._duration.match(text, end)
            and not self._duration_verb.match(text, end)
            and not before.endswith(self.words["duration_before"])
            and not ends_with_word(before, self._bounded_before)  # 최대 87분까지, 약 3일
            and self._bound.match(text, end) is None  # 90일을 초과해, 3일 이상: a length
            and not (word == "년" and num.value < 100 and not _SHORT_YEAR.match(text, end))  # 3년으로
            and not (
                word == "분" and not native and not _MINUTE_OF.search(before) and text[end : end + 1] != "의"
            )
        ):
            return None
        value = num.value
        if before.endswith(self.words["below_zero_before"]) and kind == "measure":
            value = -value  # 영하 5도
        if _minus_before(toks, i):  # 석유제품(-8.7%)
            value, start = -value, toks[i - 1].start
        if kind in ("duration", "age") and _HALF.match(text, end):  # 2시간 반, 1년 반
            value = as_number(value + 0.5)
        approx_end = end
        spaced = skip_space(text, end, 1)
        nearby = {text[end : end + 1], text[spaced : spaced + 1]}
        for suffix in self.words["approx_after"]:
            if suffix[0] not in nearby:
                continue
            at = end if len(suffix) == 1 else spaced
            if text.startswith(suffix, at) and at + len(suffix) in ends:
                approx = True
                if at == end:
                    end += len(suffix)
                else:
                    approx_end = at + len(suffix)
                break
        bound, tail_end = self._bound_after(text, max(end, approx_end))
        modifier = bound is not None and text[tail_end - 1 : tail_end] in _MODIFIER_ENDINGS
        if ends_with_word(before, self.words["approx_before"]):
            approx = True
        if bound is None:
            if ends_with_word(before, self.words["at_least_before"]):
                bound = AT_LEAST
            elif ends_with_word(before, self.words["at_most_before"]):
                bound = AT_MOST
        counted = self._counted(
            text, sent, num.first, tail_end if modifier else max(end, approx_end), kind, bound, modifier
        )
        quantity = Quantity(
            text=text[start:end],
            start=start,
            end=end,
            sentence=sent.index,
            value=value,
            unit=counter_unit,
            kind=kind,
            approx=approx,
            bound=bound,
            high=high,
            counted=counted,
        )
        nxt = words.token_at(toks, sent.starts, end)
        return quantity, max(nxt, num.last + 1)

    def _days(self, text: str, sent: Sent, t: Tok) -> Quantity:
        """`이틀`, `열흘 넘게`: a native word that is a number of days."""
        bound, _ = self._bound_after(text, t.end)
        return Quantity(
            text=t.form,
            start=t.start,
            end=t.end,
            sentence=sent.index,
            value=self.res.day_counts.get(t.form, 1),
            unit="일",
            kind="duration",
            approx=False,
            bound=bound,
        )

    def _number(self, text: str, toks: list[Tok], i: int) -> _Num | None:
        last = i
        while last + 1 < len(toks):
            nxt, cur = toks[last + 1], toks[last]
            if (
                (nxt.tag == "NR" and nxt.start == cur.end)
                or (nxt.tag == "SN" and cur.tag == "NR" and nxt.start == cur.end)
                or (
                    nxt.tag == "SN"
                    and cur.tag == "NR"
                    and cur.form[-1] in BIG
                    and nxt.start - cur.end <= 1
                    and "." not in nxt.form
                )
            ):
                last += 1
            else:
                break
        value = parse_number(text[toks[i].start : toks[last].end])
        if value is None:
            return None
        inner = inner_approx(toks, last)
        if inner is not None:  # 1천여만원: some ten million won
            more = self._number(text, toks, inner)
            if more is not None and not more.approx:
                # 41억 2천여만원: only the part after the last larger unit (2천) counts in 만
                larger = [
                    k
                    for k in range(i, last + 1)
                    if toks[k].tag == "NR" and BIG.get(toks[k].form[-1], 0) > more.value
                ]
                high = parse_number(text[toks[i].start : toks[larger[-1]].end]) if larger else 0
                value = as_number(high + (value - high) * more.value)
                return _Num(value, i, more.last, approx=True)
        return _Num(value, i, last)

    def _native(self, toks: list[Tok], i: int) -> _Num | None:
        """한 달, 두 배; a range: 두세 개, 두 세개, 서너 명."""
        form = toks[i].form
        if form in self.res.native_ranges:
            low, high = self.res.native_ranges[form]
            return _Num(low, i, i, high) if i + 1 < len(toks) else None
        value = parse_native(form, self.res.native_numbers)
        if value is None or i + 1 >= len(toks) or toks[i + 1].start - toks[i].end > 1:
            return None
        nxt = toks[i + 1]
        other = parse_native(nxt.form, self.res.native_numbers) if nxt.tag in ("MM", "NR") else None
        if other is not None and nxt.tag == "MM" and other == value + 1 and i + 2 < len(toks):
            return _Num(value, i, i + 1, other)
        if other is not None and nxt.start == toks[i].end and value % 10 == 0 and other < 10:
            # 마흔/NR 세/MM 살, 예순/NR 여덟/NR 살: one number Kiwi gives as two tokens
            return _Num(value + other, i, i + 1)
        return _Num(value, i, i)

    def _unit(self, text: str, pos: int, ends: set[int], native: bool) -> tuple[str, str, str] | None:
        counters = self.res.counters
        for size in range(_MAX_UNIT, 0, -1):
            word = text[pos : pos + size]
            counter = counters.get(word)
            if counter is None and size == 1 and word == "분" and native:  # 한 분, 두 분: people
                return word, word, "count"
            if counter is None and size == 1 and word in _LONE_DURATION and not native:
                return word, word, _LONE_DURATION[word]
            if counter is None or pos + size not in ends:
                continue
            if native and counter.kind not in _NATIVE_KINDS:
                return None
            return word, counter.unit, counter.kind
        return None

    def _bound_after(self, text: str, end: int) -> tuple[str | None, int]:
        """`이상`, `넘는`, `미만`... after the unit, maybe after a particle and a space."""
        match = self._bound.match(text, end)
        if match is None:
            return None, end
        return (AT_LEAST if match.group("least") is not None else AT_MOST), match.end()

    def _counted(
        self, text: str, sent: Sent, first: int, end: int, kind: str, bound: str | None, modifier: bool
    ) -> str | None:
        """The noun counted: `170종의 데이터`, `참여기관 3개`, `545개 기업`, `2000건이 넘는 다운로드`."""
        if kind not in ("count", "currency", "measure"):
            return None
        toks = sent.toks
        j = words.token_at(toks, sent.starts, end)
        if j < len(toks) and toks[j].start == end and toks[j].form == "의" and toks[j].tag == "JKG":
            return self._phrase(text, words.phrase_after(toks, next_word(toks, j)))
        k = first
        while k > 0 and toks[k - 1].form in self.words["approx_before"] + ("총",):
            k -= 1
        before = self._phrase(text, words.phrase_before(toks, k))
        if before is not None:
            return before
        if kind in ("currency", "percent", "measure") or (bound is not None and not modifier):
            return None
        if j < len(toks) and toks[j].start > end and (j == 0 or toks[j - 1].end <= end):
            return self._phrase(text, words.phrase_after(toks, j))
        return None

    def _phrase(self, text: str, span: tuple[int, int] | None) -> str | None:
        """The noun phrase, unless a word of it is a stop-word (`한 달 새`, `올해 도내`)."""
        if span is None:
            return None
        phrase = text[span[0] : span[1]]
        if any(w in self.res.stopwords or len(w) < 2 for w in phrase.split()):
            return None
        return phrase


__all__ = ["QuantityFinder", "as_number"]


def _minus_before(toks: list[Tok], i: int) -> bool:
    """A minus sign written on to the number, after a space or a bracket (`(-8.7%)`, ` -3.2%`),
    not between two numbers (`3-5`)."""
    if i == 0 or toks[i - 1].form not in _MINUS or toks[i - 1].end != toks[i].start:
        return False
    return i == 1 or toks[i - 2].end < toks[i - 1].start or toks[i - 2].tag == "SSO"
