"""Words (eojeol) and noun phrases over Kiwi tokens, shared by the analysers.

A word is a run of tokens with no space between them; its stem is the run of nouns it starts with
(`과기정통부는` has the stem 과기정통부). A noun phrase is a few words in a row whose stems are all
there is of them, ended by the first word that carries a particle (`크라우드소싱 참여기관과`).
"""

from __future__ import annotations

from bisect import bisect_left

from parsers.analysis.sentences import Tok

NOUN_HEAD = frozenset({"NNG", "NNP", "SL", "SH"})
NOUN_BODY = NOUN_HEAD | {"XSN", "SN", "NR"}
JOINERS = frozenset("·ㆍ")
MAX_PHRASE_WORDS = 3


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
