"""Whom a person works for, beyond the organisation written right before the name or between it
and the title (`people.py` reads those): the outer body of a unit, an organisation before a role
said with `인`, the party of `같은 당`, an owner with `의` (`DB의 이선웅은`, `법무법인 새길의 정태윤
변호사`), the last organisation of the kind the title implies (`서울중앙지법은 ... 선고했다. 재판장인
박소연 부장판사는`: a judge belongs to the court named before; `title_orgs.tsv`), or a wire's
dateline.
"""

from __future__ import annotations

import re

from parsers.analysis.lexicon import Found, Lexicon
from parsers.analysis.words import Word, adjacent, lookback
from parsers.record.analysis import ORG

_SAME_PARTY = "같은 당"
_KIND_LOOKBACK = 3  # sentences back to look for the organisation a title implies
# `(서울=연합뉴스) 최유진 기자 =`, `[제네바=연합뉴스] 정서윤 특파원`: the wire's dateline
_DATELINE = re.compile(r"[\[(][^\[\]()=\n]{1,12}=\s*([^\[\]()=\n]{2,15}?)\s*[\])]\s*$")


def dateline_outlet(text: str, person: Word, lex: Lexicon) -> str | None:
    """The news agency of a dateline written right before a reporter's name."""
    match = _DATELINE.search(text, max(0, person.start - 30), person.start)
    if match is None:
        return None
    outlet = match.group(1).strip()
    return lex.res.org_alias.get(outlet, outlet)


def owner_org(
    text: str, words: list[Word], i: int, aliases: dict[str, str], org_at: dict[int, str], lex: Lexicon
) -> str | None:
    """The organisation written with `의` right before the name at words[i]."""
    if i == 0:
        return None
    owner = words[i - 1]
    if text[owner.core_end : owner.end] != "의" or not adjacent(text, owner, words[i]):
        return None
    if owner.core in aliases:
        return aliases[owner.core]
    if owner.start in org_at:
        return org_at[owner.start]
    named = lex.classify(owner)
    return named[1] if named is not None and named[0] == ORG else None


def by_title_kind(title: str | None, person: Word, found: list[Found], lex: Lexicon) -> str | None:
    """The last organisation named before the person, a few sentences back at most, of the kind
    the title implies (a court for a judge, a police agency for an inspector)."""
    if not title:
        return None
    kinds = lex.res.title_orgs
    endings = next((kinds[t] for t in sorted(kinds, key=len, reverse=True) if title.endswith(t)), None)
    if endings is None:
        return None
    before = [
        f
        for f in found
        if f.kind == ORG
        and f.mention.start < person.start
        and person.sent - f.mention.sentence <= _KIND_LOOKBACK
        and f.canonical.endswith(endings)
    ]
    return max(before, key=lambda f: f.mention.start).canonical if before else None


def outer_body(
    text: str, words: list[Word], j: int, aliases: dict[str, str], org_at: dict[int, str], lex: Lexicon
) -> str | None:
    """`수원시의회 문화체육교육위원회 소속`, `참여연대 의정감시센터`: when the organisation
    named before a person is a unit of another named right before it, the person belongs to the
    outer one."""
    outer = None
    while j > 0 and words[j - 1].bare and adjacent(text, words[j - 1], words[j]):
        prev = words[j - 1]
        named = lex.classify(prev)
        if prev.core in aliases:
            outer = aliases[prev.core]
        elif prev.start in org_at:
            outer = org_at[prev.start]
        elif named is not None and named[0] == ORG:
            outer = named[1]
        else:
            break
        j -= 1
    return outer


def across_role(text: str, words: list[Word], i: int, lex: Lexicon) -> list[int]:
    """`새한국당 원내수석부대표인 서도윤 의원`: the role before the name is said with `인`
    (`…이자`); the organisation stands before the role."""
    role = words[i - 1]
    if not adjacent(text, role, words[i]) or text[role.core_end : role.end] not in ("인", "이자"):
        return []
    if not lex.title(role):
        return []
    return lookback(text, words, i - 1, 1)


def same_party(text: str, w: Word, found: list[Found]) -> str | None:
    """`같은 당 윤서아 최고위원`, `같은 당 원로인 배인철 전 의원`: the party last named before."""
    at = text.rfind(_SAME_PARTY, max(0, w.start - 12), w.start)
    if at < 0 or "\n" in text[at : w.start] or "." in text[at : w.start]:
        return None
    parties = [f for f in found if f.kind == ORG and f.canonical.endswith("당") and f.mention.start < at]
    return max(parties, key=lambda f: f.mention.start).canonical if parties else None
