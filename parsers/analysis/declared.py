"""Names the text declares for an organisation in brackets after it: `과학기술정보통신부(이하
과기정통부)`, `중앙재난안전대책본부(중대본)`, `세계보건기구(WHO)`."""

from __future__ import annotations

import re

from parsers.analysis.words import Word

ALIAS = re.compile(r"\(\s*(?:이하\s*)?['‘\"“]?([^()'’\"”,\s][^()'’\"”,]{0,20}?)['’\"”]?\s*\)")
_DECLARES = re.compile(r"\(\s*이하\s")
_ABBREVIATION = re.compile(r"\(([가-힣]{2,5})\)")
_LATIN_ACRONYM = re.compile(r"[A-Z][A-Za-z&.]{1,9}")
_NATIONAL = ("한국", "대한", "국립", "전국")  # prefixes a short name drops


def declares_at(text: str, pos: int) -> bool:
    """`(이하 ...)` opens at pos."""
    return _DECLARES.match(text, pos) is not None


def declared_alias(text: str, end: int, known: dict[str, str]) -> str | None:
    """`과학기술정보통신부(이하 과기정통부)` or `세계보건기구(WHO)`: the alias in brackets at `end`,
    when the text declares it, it is an acronym or a known short name."""
    match = ALIAS.match(text, end)
    if match is None:
        return None
    alias = match.group(1).strip()
    declared = text[end : match.start(1)].find("이하") >= 0 or is_abbreviation(alias, text[:end])
    if declared or _LATIN_ACRONYM.fullmatch(alias) or known.get(alias):
        return alias
    return None


def abbreviated(text: str, w: Word) -> str | None:
    """`중앙재난안전대책본부(중대본)`: the bracketed short form made of the name's own syllables."""
    match = _ABBREVIATION.match(text, w.core_end)
    return match.group(1) if match and is_abbreviation(match.group(1), w.core) else None


def acronym_after(text: str, w: Word) -> bool:
    """`국립조형예술센터(CNAP)`: a Latin acronym in brackets after a long Korean name declares it
    (a weak ending such as 센터 or 기구 then suffices; `인공지능(AI)` has no such ending)."""
    match = ALIAS.match(text, w.core_end)
    return (
        match is not None
        and len(w.core) >= 4
        and w.core.isalpha()  # 주요 7개국(G7): a count of countries, no name
        and _LATIN_ACRONYM.fullmatch(match.group(1)) is not None
    )


def is_abbreviation(short: str, name: str) -> bool:
    """Whether `short` takes its syllables, in order, from the name's last word, starting with its
    first syllable or ending in one of its last two (the kind of body: 협회, 본부), and is
    clearly shorter."""
    name = (name[-40:].split() or [""])[-1][-20:]  # the last word, after a space or a line break
    if name.startswith(_NATIONAL) and short[:1] != name[:1]:
        name = name[2:]  # 한국프로축구연맹(프로연맹), 대한축구협회(축구협회)
        if short == name and len(short) >= 3:
            return True  # the name without its national prefix: 한국전력거래소(전력거래소)
    if not short or not name or len(name) < len(short) + 2:
        return False
    if short[0] != name[0] and short[-1] not in name[-2:]:
        return False  # from the start (중대본), or ending in the name's kind (프로야구선수협회: 선수협)
    pos = 0
    for ch in short:
        pos = name.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True
