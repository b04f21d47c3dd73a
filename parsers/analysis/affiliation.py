"""Whom a person works for when no organisation stands right before the name or between it and
the title (`people.py` reads those): an owner with `의` (`DB의 이선웅은`, `법무법인 새길의 정태윤
변호사`), or the last organisation of the kind the title implies (`서울중앙지법은 ... 선고했다.
재판장인 박소연 부장판사는`: a judge belongs to the court named before; `title_orgs.tsv`).
"""

from __future__ import annotations

from parsers.analysis.lexicon import Found, Lexicon
from parsers.analysis.words import Word, adjacent
from parsers.record.analysis import ORG

_KIND_LOOKBACK = 3  # sentences back to look for the organisation a title implies


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
