"""Words (eojeol) and noun phrases over Kiwi tokens, shared by the analysers.

A word is a run of tokens with no space between them; its stem is the run of nouns it starts with
(`과기정통부는` has the stem 과기정통부). A noun phrase is a few words in a row whose stems are all
there is of them, ended by the first word that carries a particle (`크라우드소싱 참여기관과`).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from parsers.analysis.sentences import OOV, Sent, Tok

BREAK_TAGS = frozenset({"SF", "SP", "SS", "SSO", "SSC", "SE", "SO", "SW", "SB"})
TRAIL_TAGS = ("J", "E", "VCP", "XSV", "XSA", "VX")
CORE_TAGS = frozenset({"NNG", "NNP", "NNB", "SL", "SH", "SN", "XSN", "XPN", "NR"})
HANGUL = re.compile(r"[가-힣]+")
UNSET = object()
NOUN_HEAD = frozenset({"NNG", "NNP", "SL", "SH"})
NOUN_BODY = NOUN_HEAD | {"XSN", "SN", "NR"}
JOINERS = frozenset("·ㆍ")
MAX_PHRASE_WORDS = 3
HONORIFIC = "씨"


def word_bounds(toks: list[Tok], i: int) -> tuple[int, int]:
    """Indices [first, last] of the word that holds token i."""
    first = i
    while first > 0 and toks[first - 1].end >= toks[first].start:
        first -= 1
    last = i
    while last + 1 < len(toks) and toks[last + 1].start <= toks[last].end:
        last += 1
    return first, last


def stem_end(toks: list[Tok], first: int, last: int) -> int:
    """Index after the last token of the noun stem of the word toks[first..last] (first if none)."""
    k = first
    if k <= last and toks[k].tag not in NOUN_HEAD:
        return first
    while k <= last and (
        toks[k].tag in NOUN_BODY or (toks[k].form in JOINERS and k < last and toks[k + 1].tag in NOUN_HEAD)
    ):
        k += 1
    return k


def phrase_after(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """Character span of the noun phrase that starts at token i, if one does."""
    start = end = None
    words = 0
    while i < len(toks) and words < MAX_PHRASE_WORDS:
        first, last = word_bounds(toks, i)
        if first != i:
            break
        k = stem_end(toks, first, last)
        if k == first:
            break
        start = toks[first].start if start is None else start
        end = toks[k - 1].end
        words += 1
        if k <= last:
            break
        i = last + 1
    return (start, end) if start is not None and end is not None else None


def phrase_before(toks: list[Tok], i: int, max_words: int = 2) -> tuple[int, int] | None:
    """Character span of the bare noun words that end just before token i (no particle on them)."""
    start = end = None
    words = 0
    while i > 0 and words < max_words:
        first, last = word_bounds(toks, i - 1)
        if stem_end(toks, first, last) != last + 1 or toks[first].tag not in NOUN_HEAD:
            break
        start = toks[first].start
        end = toks[last].end if end is None else end
        words += 1
        i = first
    return (start, end) if start is not None and end is not None else None


def token_at(toks: list[Tok], starts: list[int], pos: int) -> int:
    """Index of the first token that starts at or after pos."""
    return bisect_left(starts, pos)


class Word:
    """A word of a sentence (split at spaces and punctuation) and its core: the word without the
    particles and endings that trail it (`조경식은` → 조경식)."""

    __slots__ = (
        "_k",
        "_toks",
        "cls",
        "core",
        "core_end",
        "end",
        "first",
        "first_tag",
        "name",
        "ncore",
        "sent",
        "start",
    )

    def __init__(self, sent: int, toks: list, first: int, last: int, text: str) -> None:
        self.sent = sent
        self.first = first
        self.start = toks[first].start
        self.end = toks[last].end
        k = last
        while k > first and toks[k].tag.startswith(TRAIL_TAGS):
            k -= 1
        if k > first and toks[k].form == HONORIFIC and toks[k].tag == "NNB":
            k -= 1  # 최명수씨를: the name is the core, 씨 trails it as a particle would
        self._toks, self._k = toks, k
        self.core_end = toks[k].end
        self.ncore = k - first + 1
        self.first_tag = toks[first].tag
        self.core = text[self.start : self.core_end]
        self.cls: object = UNSET  # the finder's classification, computed once
        self.name: object = UNSET  # whether it can be a Korean name (Lexicon.name_like), computed once

    @property
    def tags(self) -> tuple[str, ...]:
        """Tags of the core's tokens."""
        return tuple(t.tag for t in self._toks[self.first : self._k + 1])

    @property
    def first_form(self) -> str:
        """The core's first token as written."""
        t = self._toks[self.first]
        return self.core[: t.end - t.start]

    @property
    def unknown_noun(self) -> bool:
        """Whether the core is one noun Kiwi did not know and guessed as a common noun (정현우)."""
        return self.ncore == 1 and self._toks[self.first].uv is OOV

    @property
    def bare(self) -> bool:
        """Whether the word is all core: no particle follows it."""
        return self.core_end == self.end


def split_words(text: str, sent: Sent) -> list[Word]:
    toks = sent.toks
    out = []
    first = None
    for i, t in enumerate(toks):
        if t.tag in BREAK_TAGS or t.tag.startswith("W_"):
            if first is not None:
                out.append(Word(sent.index, toks, first, i - 1, text))
            first = None
            continue
        if first is not None and t.start > toks[i - 1].end:
            out.append(Word(sent.index, toks, first, i - 1, text))
            first = None
        if first is None:
            first = i
    if first is not None:
        out.append(Word(sent.index, toks, first, len(toks) - 1, text))
    return out


def adjacent(text: str, a: Word, b: Word) -> bool:
    return b.start - a.end <= 1 and not text[a.end : b.start].strip()


def lookback(text: str, words: list[Word], i: int, most: int = 3) -> list[int]:
    """Indices of the bare words just before words[i] (spaces or brackets between), nearest first."""
    out = []
    j = i - 1
    while j >= 0 and len(out) < most and words[j].bare:
        gap = text[words[j].end : words[j + 1].start]
        if len(gap) > 3 or gap.strip(" ()") or "\n" in gap:
            break
        out.append(j)
        j -= 1
    return out


OPENING_QUOTES = frozenset("'‘\"“")  # single characters: a slice of the text is tested against it
_QUOTE_CLOSED = frozenset(q + " " for q in "'’\"”")  # a closing quote and a space


def nickname_before(text: str, words: list[Word], i: int, most: int = 3) -> int | None:
    """`'루멘' 최도윤`, `'피겨 여왕' 김연아`: the index of the first word of a nickname in quotes
    right before words[i] (at most `most` words), or None."""
    if i == 0 or text[words[i - 1].end : words[i].start] not in _QUOTE_CLOSED:
        return None
    for k in range(i - 1, max(-1, i - 1 - most), -1):
        if text[words[k].start - 1 : words[k].start] in OPENING_QUOTES:
            return k
        if k == 0 or text[words[k - 1].end : words[k].start] != " ":
            return None
    return None


def word_before_name(text: str, words: list[Word], i: int) -> int | None:
    """The index of the bare word right before the name at words[i], or before the nickname in
    quotes that stands there (`미드라이너 '루멘' 최도윤`): where a title before the name would be."""
    nickname = nickname_before(text, words, i)
    k = i - 1 if nickname is None else nickname - 1
    if k < 0 or not words[k].bare:
        return None
    if nickname is None:
        return k if adjacent(text, words[k], words[i]) else None
    return k if text[words[k].end : words[nickname].start].strip() in OPENING_QUOTES else None
