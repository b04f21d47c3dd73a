"""Tokenise a body by paragraph with Kiwi and split it into sentences, repairing Kiwi's splits.

Kiwi is fast on short strings and slow on one long one, so the body goes to Kiwi as a list of lines
(threads work on the list). Kiwi's sentence splitter has two habits this module repairs:
- after `했다.` it keeps a quoted phrase that opens the next sentence (`‘데이터 댐’ 사업은`) in the
  previous one: the break is moved back to the full stop;
- it breaks inside a direct quote of several sentences: the pieces are joined again, so a quote and
  the words that say who said it (`"...."고 밝혔다`) stay in one sentence;
- it breaks after a quote that opens a sentence, before the ending glued to it (`"...관건"` |
  `이라고 김도희 연구원은 말했다`): a sentence that starts where the last one ended, with no space,
  after a closing quotation mark, goes on the last one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from parsers.record.analysis import Sentence

OPENING_QUOTES = frozenset("'\"‘“`「『")
CLOSING_QUOTES = frozenset("'\"’”`」』")
_LINE = re.compile(r"[^\n]+")
_MAX_LINE = 1500  # longer lines are cut at a full stop: Kiwi slows down on long strings
_CUT = re.compile(r"[.!?][\"'”’]?\s")
_MAX_JOIN = 6


# A word Kiwi does not know and guesses as a common noun (정현우/NNG, 소태오/NNG) carries OOV as
# its user value.
OOV = "<oov>"


class Tok:
    """A Kiwi token placed in the body: `start`/`end` are body offsets; `uv` is its user value."""

    __slots__ = ("end", "form", "start", "tag", "uv")

    def __init__(self, form: str, tag: str, start: int, end: int, uv: object = None) -> None:
        self.form = form
        self.tag = tag
        self.start = start
        self.end = end
        self.uv = uv

    def __repr__(self) -> str:
        return f"{self.form}/{self.tag}@{self.start}"


@dataclass
class Sent:
    """A sentence with its tokens; `index` is its position in the body."""

    index: int
    start: int
    end: int
    toks: list[Tok]

    @cached_property
    def starts(self) -> list[int]:
        """Token start offsets, for bisecting."""
        return [t.start for t in self.toks]


def pieces(text: str) -> list[tuple[int, str]]:
    """The body's non-blank lines (cut when long), each with its offset in the body."""
    out = []
    for match in _LINE.finditer(text):
        line, base = match.group(), match.start()
        if not line.strip():
            continue
        while len(line) > _MAX_LINE:
            cut = _last_cut(line)
            out.append((base, line[:cut]))
            base, line = base + cut, line[cut:]
        out.append((base, line))
    return out


def _last_cut(line: str) -> int:
    best = None
    for match in _CUT.finditer(line, 0, _MAX_LINE):
        best = match.end()
    return best or _MAX_LINE


def _tok(t: Any, base: int) -> Tok:
    """Each attribute of a Kiwi token is a call into Kiwi: read each once, by index where it can
    be (form, tag, start and length are items 0-3, a third faster than their names), and the user
    value only where one can be (the dictionaries add proper nouns)."""
    form, tag, start, length = t[0], t[1], base + t[2], t[3]
    if tag == "NNP":
        uv = t.user_value
    elif tag == "NNG" and t.oov:
        uv = OOV
    else:
        uv = None
    return Tok(form, tag, start, start + length, uv)


def build(parts: list[tuple[int, str]], results: Iterable[list[Any]]) -> list[Sent]:
    """Turn Kiwi's tokens of each line into repaired, indexed sentences with body offsets. The
    tokens come from a plain tokenize(): each carries its sentence's number (`sent_position`),
    the same split `split_sents=True` gives at a few per cent more of Kiwi's time."""
    sents: list[Sent] = []
    for (base, _), tokens in zip(parts, results, strict=True):
        raw: list[list[Tok]] = []
        current = None
        for t in tokens:
            position = t.sent_position
            if position != current:
                raw.append([])
                current = position
            raw[-1].append(_tok(t, base))
        for toks in _glue_endings(_repair(raw)):
            sents.append(Sent(len(sents), toks[0].start, toks[-1].end, toks))
    return sents


def _repair(sents: list[list[Tok]]) -> Iterator[list[Tok]]:
    carry: list[Tok] = []
    pending: list[Tok] = []
    joins = 0
    for toks in sents:
        toks = carry + toks
        carry = []
        cut = _quote_after_stop(toks)
        if cut is not None:
            toks, carry = toks[:cut], toks[cut:]
        pending = pending + toks
        if _open_quote(pending) and joins < _MAX_JOIN and not carry:
            joins += 1
            continue
        yield pending
        pending, joins = [], 0
    rest = pending + carry
    if rest:
        yield rest


def _glue_endings(sents: Iterable[list[Tok]]) -> Iterator[list[Tok]]:
    last: list[Tok] | None = None
    for toks in sents:
        if last is not None and toks[0].start == last[-1].end and last[-1].form[-1:] in CLOSING_QUOTES:
            last = last + toks
            continue
        if last is not None:
            yield last
        last = toks
    if last is not None:
        yield last


def _quote_after_stop(toks: list[Tok]) -> int | None:
    """Index just after the last full stop, when the tokens after it open with a quotation mark."""
    for i in range(len(toks) - 2, -1, -1):
        if toks[i].tag == "SF":
            nxt = toks[i + 1]
            return i + 1 if nxt.tag == "SSO" and nxt.form[:1] in OPENING_QUOTES else None
    return None


def _open_quote(toks: list[Tok]) -> bool:
    """Whether a double quotation mark opened in these tokens is still open at their end."""
    curly = straight = 0
    for t in toks:
        if t.form == "“":
            curly += 1
        elif t.form == "”":
            curly = max(0, curly - 1)
        elif t.form == '"':
            straight ^= 1
    return curly > 0 or straight == 1


def records(text: str, sents: list[Sent]) -> list[Sentence]:
    """The Sentence records of the analysis."""
    return [Sentence(index=s.index, start=s.start, end=s.end, text=text[s.start : s.end]) for s in sents]
