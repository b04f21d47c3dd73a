"""Direct quotes and who said them.

Korean news marks direct speech with double quotation marks and a quotative ending after them
(`"...."이라며`, `"...."고 밝혔다`). The speaker is the person (or, failing one, the organisation)
named outside the quotes in the same sentence, preferring the subject before the first quote; a
quote in a sentence that names nobody (`그는 "...."라고 말했다`) goes to the previous speaker.
"""

from __future__ import annotations

import re

from parsers.record.analysis import ORG, PERSON, Entity, Mention, Quote, Sentence

_QUOTE = re.compile(r"“([^“”\n]{1,1500})”|\"([^\"\n]{1,1500})\"")
_QUOTATIVE = re.compile(
    r"\s*(?:이?라고|고|이?라며|며|이?라면서|면서|이?라는\s*(?:말|입장|뜻|설명|취지))(?![가-힣])"
)
_SPEECH_END = re.compile(r"(?:[다요까죠네][.!?]?|[.!?])\s*$")
_SUBJECT = "은는이가"
_LOOKBACK = 3


def find_quotes(text: str, sentences: list[Sentence], entities: list[Entity]) -> list[Quote]:
    """Every direct quote of the body with its speaker when the text says who."""
    by_sentence: dict[int, list[tuple[Mention, Entity]]] = {}
    for ent in entities:
        if ent.kind in (PERSON, ORG):
            for m in ent.mentions:
                by_sentence.setdefault(m.sentence, []).append((m, ent))
    out: list[Quote] = []
    last_speaker: tuple[int, str] | None = None
    for s in sentences:
        spans = [m for m in _QUOTE.finditer(text, s.start, s.end) if _is_speech(text, m)]
        if not spans:
            continue
        inside = [(m.start(), m.end()) for m in spans]
        speaker = _speaker(text, by_sentence.get(s.index, []), inside)
        if speaker is None and last_speaker is not None and s.index - last_speaker[0] <= _LOOKBACK:
            speaker = last_speaker[1]
        for m in spans:
            group = 1 if m.group(1) is not None else 2
            out.append(Quote(m.group(group), m.start(group), m.end(group), s.index, speaker))
        if speaker is not None:
            last_speaker = (s.index, speaker)
    return out


def _is_speech(text: str, m: re.Match[str]) -> bool:
    inner = m.group(1) if m.group(1) is not None else m.group(2)
    if _QUOTATIVE.match(text, m.end()):
        return True
    return " " in inner.strip() and bool(_SPEECH_END.search(inner))


def _speaker(text: str, mentions: list[tuple[Mention, Entity]], quotes: list[tuple[int, int]]) -> str | None:
    outside = [(m, e) for m, e in mentions if not any(a <= m.start < b for a, b in quotes)]
    first_quote = quotes[0][0]
    for kind in (PERSON, ORG):
        cands = [(m, e) for m, e in outside if e.kind == kind]
        if not cands:
            continue
        before = [(m, e) for m, e in cands if m.end <= first_quote]
        subjects = [(m, e) for m, e in before if _subject_after(text, m.end)]
        if subjects:
            return subjects[-1][1].canonical
        after = [(m, e) for m, e in cands if m.start >= quotes[-1][1] and _subject_after(text, m.end)]
        if after:
            return after[0][1].canonical
        if kind == PERSON:
            return (before or cands)[-1][1].canonical
    return None


def _subject_after(text: str, end: int) -> bool:
    """Whether a subject or topic particle follows the mention (directly or after a title)."""
    tail = text[end : end + 12]
    match = re.match(r"(?:\s*[^\s,.]{1,8}?)?([은는이가])(?:\s|,)", tail)
    return match is not None and match.group(1) in _SUBJECT
